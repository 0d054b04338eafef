import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { TBooking, TCreateSlotsRequest, TScheduleSlot, TSlot } from '../../../server/modules/appointments/appointments.schema';
import type { Attendance } from '../../../shared/guidance';
import { api, query } from '../../app/api';

export type Slot = TSlot;
export type ScheduleSlot = TScheduleSlot;
export type Booking = TBooking;

const day = 24 * 3600 * 1000;
/** How far back the schedule reaches, so recent sessions can still get their attendance marked. */
export const scheduleLookBackDays = 14;
/** How far ahead the schedule reaches. */
const scheduleAheadDays = 90;

const keys = {
  all: ['appointments'] as const,
  schedule: ['appointments', 'schedule'] as const,
  free: ['appointments', 'free'] as const,
  client: (userId: string) => ['appointments', 'client', userId] as const,
  mine: ['appointments', 'mine'] as const,
  bookable: ['appointments', 'bookable'] as const,
};

/** Everything about appointments is refreshed together: a booking changes seats everywhere. */
function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: keys.all });
}

export function useMySchedule() {
  return useQuery({
    queryKey: keys.schedule,
    queryFn: () =>
      api<{ items: ScheduleSlot[] }>(
        'GET',
        `/api/appointment-slots/mine${query({
          from: new Date(Date.now() - scheduleLookBackDays * day).toISOString(),
          to: new Date(Date.now() + scheduleAheadDays * day).toISOString(),
        })}`,
      ),
  });
}

export function useCreateSlots() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: TCreateSlotsRequest) => api<{ items: Slot[] }>('POST', '/api/appointment-slots', input),
    onSuccess: refresh,
  });
}

export function useCancelSlot() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api<Slot>('POST', `/api/appointment-slots/${id}/cancel`),
    onSuccess: refresh,
  });
}

export function useAttendance() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { bookingId: string; attendance: Attendance }) =>
      api<ScheduleSlot>('POST', `/api/appointment-bookings/${v.bookingId}/attendance`, { attendance: v.attendance }),
    onSuccess: refresh,
  });
}

export function useFreeSlots() {
  return useQuery({ queryKey: keys.free, queryFn: () => api<{ items: Slot[] }>('GET', '/api/appointment-slots/free') });
}

export function useClientAppointments(clientUserId: string) {
  return useQuery({
    queryKey: keys.client(clientUserId),
    queryFn: () => api<{ items: Booking[] }>('GET', `/api/clients/${encodeURIComponent(clientUserId)}/appointments`),
  });
}

export function useBookForClient(clientUserId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (slotId: string) => api<Booking>('POST', `/api/clients/${encodeURIComponent(clientUserId)}/appointments`, { slotId }),
    onSuccess: refresh,
  });
}

export function useMyAppointments() {
  return useQuery({ queryKey: keys.mine, queryFn: () => api<{ items: Booking[] }>('GET', '/api/my/appointments') });
}

export function useBookableSlots() {
  return useQuery({ queryKey: keys.bookable, queryFn: () => api<{ items: Slot[] }>('GET', '/api/my/appointment-slots') });
}

export function useBookMine() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (slotId: string) => api<Booking>('POST', '/api/my/appointments', { slotId }),
    onSuccess: refresh,
  });
}

export function useCancelMine() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api<Booking>('POST', `/api/my/appointments/${id}/cancel`),
    onSuccess: refresh,
  });
}

export const myCalendarUrl = (bookingId: string) => `/api/my/appointments/${bookingId}/calendar.ics`;
export const slotCalendarUrl = (slotId: string) => `/api/appointment-slots/${slotId}/calendar.ics`;

/** Items grouped by the local day they start on, in order. */
export function byDay<T>(items: T[], startsAt: (item: T) => string): { day: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const d = new Date(startsAt(item));
    const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups].map(([k, list]) => ({ day: k, items: list }));
}

/**
 * The start times of `count` back-to-back slots from a local date and time ("2026-03-04",
 * "09:30"), or null when the date or time is not a real one.
 */
export function startTimes(date: string, time: string, durationMinutes: number, count: number): string[] | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{1,2}[:.]\d{2}$/.test(time.trim())) return null;
  const [h, m] = time.trim().split(/[:.]/).map(Number) as [number, number];
  if (h > 23 || m > 59) return null;
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(y, mo - 1, d, h, m);
  if (Number.isNaN(first.getTime()) || first.getDate() !== d) return null;
  return Array.from({ length: count }, (_, i) => new Date(first.getTime() + i * durationMinutes * 60_000).toISOString());
}

/** The time now, to the minute, for telling coming appointments from past ones. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
