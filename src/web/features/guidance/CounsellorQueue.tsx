import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RLink } from 'react-router';
import { api } from '../../app/api';

/** What waits for the counsellor: clients they are responsible for and referrals to answer. */
export function CounsellorQueue() {
  const { t } = useTranslation();
  const mine = useQuery({
    queryKey: ['caseload', 'count', 'mine'],
    queryFn: () => api<{ total: number }>('GET', '/api/caseload?scope=mine&limit=1'),
  });
  const pending = useQuery({
    queryKey: ['referrals', 'count', 'pending'],
    queryFn: () => api<{ total: number }>('GET', '/api/referrals?direction=incoming&status=pending&limit=1'),
  });
  return (
    <ul className="home-queue">
      <li>
        <RLink to="/clients?scope=mine">{t('guidance.home.myClients', { count: mine.data?.total ?? 0 })}</RLink>
      </li>
      <li>
        <RLink to="/referrals?direction=incoming&status=pending">
          {t('guidance.home.pendingReferrals', { count: pending.data?.total ?? 0 })}
        </RLink>
      </li>
      <li>
        <RLink to="/appointments">{t('guidance.home.schedule')}</RLink>
      </li>
    </ul>
  );
}
