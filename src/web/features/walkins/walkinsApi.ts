import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AgeBand, WalkInLanguage, WalkInTopic } from '../../../shared/guidance';
import type { TFigures, TMyWalkIns, TSavedWalkIn, TServicePoint, TWalkIn } from '../../../server/modules/walkins/walkins.schema';
import { api, query } from '../../app/api';

export type ServicePoint = TServicePoint;
export type WalkIn = TWalkIn;
export type SavedWalkIn = TSavedWalkIn;
export type MyWalkIns = TMyWalkIns;
export type Figures = TFigures;

export const servicePointsKey = (include: 'active' | 'all') => ['service-points', include] as const;
export const myWalkInsKey = ['walk-ins', 'mine'] as const;

export function useServicePoints(include: 'active' | 'all' = 'active') {
  return useQuery({
    queryKey: servicePointsKey(include),
    queryFn: async () => (await api<{ items: ServicePoint[] }>('GET', `/api/service-points${query({ include })}`)).items,
  });
}

export function useMyWalkIns() {
  return useQuery({ queryKey: myWalkInsKey, queryFn: () => api<MyWalkIns>('GET', '/api/walk-ins/mine') });
}

/** The remembered service point of this browser: an adviser usually works at one. */
const pointStorageKey = 'talenthub.walkins.servicePoint';

export function rememberedPoint(): string {
  try {
    return window.localStorage.getItem(pointStorageKey) ?? '';
  } catch {
    return '';
  }
}

export function rememberPoint(id: string): void {
  try {
    if (id) window.localStorage.setItem(pointStorageKey, id);
    else window.localStorage.removeItem(pointStorageKey);
  } catch {
    // Private browsing without storage: the choice lasts for this page only.
  }
}

/** Labels of the walk-in vocabularies in the UI language. */
export function useWalkInLabels() {
  const { t } = useTranslation();
  return {
    topic: (v: WalkInTopic) => t(`walkins.topic.${v}`),
    language: (v: WalkInLanguage) => t(`walkins.language.${v}`),
    ageBand: (v: AgeBand) => t(`walkins.ageBand.${v}`),
    yesNo: (v: boolean) => t(v ? 'walkins.yes' : 'walkins.no'),
  };
}

const hubTimeZone = 'Europe/Helsinki';
const clock = new Intl.DateTimeFormat('en-GB', { timeZone: hubTimeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const calendarDay = new Intl.DateTimeFormat('en-CA', { timeZone: hubTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** "HH:MM" of an instant on the hub's clock (Finnish time), whatever the browser's time zone. */
export function clockTime(d: Date): string {
  return clock.format(d);
}

/** Today (in Finnish time) at the given "HH:MM" (or "HH.MM") of Finnish time, or null when it is not a time of day. */
export function todayAt(text: string, now = new Date()): Date | null {
  const m = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  const day = calendarDay.format(now);
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const wanted = `${String(h).padStart(2, '0')}:${m[2]}`;
  // Finnish time is UTC+2 in winter and UTC+3 in summer.
  for (const offset of [2, 3]) {
    const at = new Date(Date.UTC(y, mo - 1, d, h - offset, min));
    if (clock.format(at) === wanted && calendarDay.format(at) === day) return at;
  }
  return null;
}
