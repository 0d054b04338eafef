import { useParams } from 'react-router';
import { EmployerViewPage } from '../profile/EmployerViewPage';

/** "How employers see the client": the profile feature's page, for a counsellor's client. */
export function ClientEmployerViewPage() {
  const { userId = '' } = useParams();
  const id = encodeURIComponent(userId);
  return <EmployerViewPage apiBase={`/api/clients/${id}/profile`} backPath={`/clients/${id}`} />;
}
