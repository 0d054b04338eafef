import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ZCaseloadRow,
  ZCase,
  ZCounsellor,
  ZGoal,
  ZGuidanceFigures,
  ZMyServicePath,
  ZNote,
  ZNoteVersion,
  ZOverview,
  ZPlan,
  ZReferral,
  ZReferralTarget,
  ZTimelineItem,
} from '../../../server/modules/guidance/guidance.schema';
import { api } from '../../app/api';

export type CaseloadRow = z.infer<typeof ZCaseloadRow>;
export type Case = z.infer<typeof ZCase>;
export type Counsellor = z.infer<typeof ZCounsellor>;
export type Overview = z.infer<typeof ZOverview>;
export type TimelineItem = z.infer<typeof ZTimelineItem>;
export type Note = z.infer<typeof ZNote>;
export type NoteVersion = z.infer<typeof ZNoteVersion>;
export type Plan = z.infer<typeof ZPlan>;
export type Goal = z.infer<typeof ZGoal>;
export type Referral = z.infer<typeof ZReferral>;
export type ReferralTarget = z.infer<typeof ZReferralTarget>;
export type MyServicePath = z.infer<typeof ZMyServicePath>;
export type GuidanceFigures = z.infer<typeof ZGuidanceFigures>;

export const clientPath = (userId: string) => `/api/clients/${encodeURIComponent(userId)}`;

/** Query keys of one client's case, so a change refreshes every part of the page that shows it. */
export const caseKeys = {
  all: (userId: string) => ['case', userId] as const,
  overview: (userId: string) => ['case', userId, 'overview'] as const,
  timeline: (userId: string) => ['case', userId, 'timeline'] as const,
  notes: (userId: string) => ['case', userId, 'notes'] as const,
  plan: (userId: string) => ['case', userId, 'plan'] as const,
  referrals: (userId: string) => ['case', userId, 'referrals'] as const,
};

export function useOverview(userId: string) {
  return useQuery({
    queryKey: caseKeys.overview(userId),
    queryFn: () => api<Overview>('GET', `${clientPath(userId)}/overview`),
    retry: false,
  });
}

export function useCounsellors() {
  return useQuery({
    queryKey: ['caseload', 'counsellors'],
    queryFn: () => api<{ items: Counsellor[] }>('GET', '/api/caseload/counsellors'),
    staleTime: 60_000,
  });
}

/** A mutation on a client's case that refreshes the whole case (and the caseload) when it succeeds. */
export function useCaseMutation<I, O>(userId: string, fn: (input: I) => Promise<O>, onDone?: (out: O) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (out) => {
      onDone?.(out);
      await Promise.all([
        qc.invalidateQueries({ queryKey: caseKeys.all(userId) }),
        qc.invalidateQueries({ queryKey: ['caseload'] }),
        qc.invalidateQueries({ queryKey: ['referrals'] }),
        qc.invalidateQueries({ queryKey: ['my', 'service-path'] }),
      ]);
    },
  });
}
