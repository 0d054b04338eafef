import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { api, query } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError } from '../../app/forms';
import { Loading, Section } from '../../app/Page';
import { problemMessage } from '../../app/problem';
import { caseKeys, clientPath, type TimelineItem } from './guidanceApi';

const pageSize = 30;

/** The words of one step: its kind, with what the step was about (a service, a goal, an outcome). */
export function useStepText() {
  const { t } = useTranslation();
  const f = useFormat();
  return (item: TimelineItem) => {
    const d = item.details;
    const text = (k: string) => (typeof d[k] === 'string' ? d[k] : '');
    switch (item.kind) {
      case 'case_status':
        return t('guidance.step.case_status', { status: t(`guidance.caseStatus.${text('status') || 'active'}`) });
      case 'case_assigned':
        return text('assignee') ? t('guidance.step.case_assigned', { name: text('assignee') }) : t('guidance.step.case_unassigned');
      case 'outcome_recorded':
        return t('guidance.step.outcome_recorded', { outcome: t(`guidance.outcome.${text('outcome') || 'other'}`) });
      case 'plan_goal_added':
      case 'plan_goal_changed':
      case 'plan_task_added':
      case 'plan_task_done':
        return t(`guidance.step.${item.kind}`, { title: text('title'), goal: text('goal') });
      case 'referral_sent':
        return t('guidance.step.referral_sent', { service: text('service'), to: text('to') || '…' });
      case 'referral_accepted':
      case 'referral_declined':
      case 'referral_withdrawn':
        return t(`guidance.step.${item.kind}`, { service: text('service') });
      case 'appointment_booked':
      case 'appointment_cancelled':
      case 'appointment_attended':
      case 'appointment_missed':
      case 'group_session_attended': {
        const at = text('startsAt');
        return t(`guidance.step.${item.kind}`, { title: text('title'), when: at ? f.dateTime(at) : '' });
      }
      case 'case_opened':
        return t('guidance.step.case_opened');
    }
  };
}

/** The client's service path across organisations, newest first, a page at a time. */
export function TimelineSection({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const stepText = useStepText();
  const timeline = useInfiniteQuery({
    queryKey: caseKeys.timeline(userId),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api<{ items: TimelineItem[]; more: boolean; next: string | null }>(
        'GET',
        `${clientPath(userId)}/timeline${query({ limit: pageSize, before: pageParam })}`,
      ),
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const items = timeline.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Section title={t('guidance.timeline.heading')} id="timeline-heading">
      <p className="muted">{t('guidance.timeline.lead')}</p>
      {timeline.isPending ? (
        <Loading />
      ) : timeline.isError ? (
        <FormError message={problemMessage(timeline.error)} />
      ) : items.length === 0 ? (
        <p>{t('guidance.timeline.none')}</p>
      ) : (
        <ol className="timeline">
          {items.map((item) => (
            <li key={item.id} className={`timeline-step timeline-${item.kind}`}>
              <time dateTime={item.at}>{f.dateTime(item.at)}</time>
              <span className="timeline-text">{stepText(item)}</span>
              <span className="muted timeline-who">{[item.organisation?.name, item.actor].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ol>
      )}
      {timeline.hasNextPage && (
        <Button variant="secondary" id="timeline-more" disabled={timeline.isFetchingNextPage} onClick={() => void timeline.fetchNextPage()}>
          {t('guidance.timeline.more')}
        </Button>
      )}
    </Section>
  );
}
