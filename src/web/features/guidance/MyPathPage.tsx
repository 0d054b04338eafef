import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError } from '../../app/forms';
import { Loading, Page, Section } from '../../app/Page';
import { problemMessage } from '../../app/problem';
import { useMe } from '../../app/session';
import { MyAppointmentsSection } from '../appointments/MyAppointmentsSection';
import type { MyServicePath } from './guidanceApi';
import { PlanSection } from './PlanSection';

/** The client's own service path: who holds my case, my appointments, my plan, my referrals. */
export function MyPathPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { data: me } = useMe();
  const path = useQuery({ queryKey: ['my', 'service-path'], queryFn: () => api<MyServicePath>('GET', '/api/my/service-path') });
  return (
    <Page title={t('guidance.my.title')} lead={<p>{t('guidance.my.lead')}</p>} wide>
      <Section title={t('guidance.my.casesHeading')} id="my-cases-heading">
        {path.isPending ? (
          <Loading />
        ) : path.isError ? (
          <FormError message={problemMessage(path.error)} />
        ) : path.data.cases.length === 0 ? (
          <p>{t('guidance.my.noCases')}</p>
        ) : (
          <ul className="case-list">
            {path.data.cases.map((c, i) => (
              <li key={i} className="case-card">
                <p>
                  <strong>{c.organisation}</strong> · {t(`guidance.caseStatus.${c.status}`)}
                </p>
                <p className="muted">
                  {c.counsellor ? t('guidance.my.counsellor', { name: c.counsellor }) : t('guidance.my.noCounsellor')} ·{' '}
                  {t('guidance.case.opened', { date: f.date(c.openedAt) })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <MyAppointmentsSection />
      {me && <PlanSection userId={me.id} self />}
      <Section title={t('guidance.my.referralsHeading')} id="my-referrals-heading">
        <p className="muted">{t('guidance.my.referralsLead')}</p>
        {path.data && path.data.referrals.length === 0 && <p>{t('guidance.my.noReferrals')}</p>}
        {path.data && path.data.referrals.length > 0 && (
          <ul className="referral-list">
            {path.data.referrals.map((r) => (
              <li key={r.id} className="referral">
                <p>
                  <strong>{r.service}</strong> ·{' '}
                  <span className={`referral-status referral-status-${r.status}`}>{t(`guidance.referralStatus.${r.status}`)}</span>
                </p>
                <p className="muted">
                  {t('guidance.referrals.fromTo', { from: r.from, to: r.to })} · {f.date(r.createdAt)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      {path.data && path.data.outcomes.length > 0 && (
        <Section title={t('guidance.my.outcomesHeading')} id="my-outcomes-heading">
          <ul className="outcome-list">
            {path.data.outcomes.map((o, i) => (
              <li key={i}>
                <strong>{t(`guidance.outcome.${o.kind}`)}</strong> · {f.date(o.occurredOn)}{' '}
                <span className="muted">({o.organisation})</span>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </Page>
  );
}
