import { describe, expect, it } from 'vitest';
import { attendanceEvent, bookingRefusal, mayCancel, mayClientBook, overlaps, reminderAt, reminderLeadMs } from './appointments.policy.js';

const now = new Date('2026-03-02T08:00:00Z');
const later = new Date('2026-03-04T10:00:00Z');

describe('appointment rules', () => {
  it('individual slots go to clients of the organisation; group sessions to anyone in the hub', () => {
    expect(mayClientBook('individual', 'city', ['city'])).toBe(true);
    expect(mayClientBook('individual', 'city', ['university'])).toBe(false);
    expect(mayClientBook('group', 'city', [])).toBe(true);
  });

  it('refuses in a fixed order: cancelled, past, already booked, full', () => {
    const slot = { cancelledAt: null, startsAt: later, capacity: 2 };
    expect(bookingRefusal(slot, 0, false, now)).toBeNull();
    expect(bookingRefusal(slot, 2, false, now)).toBe('slot.full');
    expect(bookingRefusal(slot, 2, true, now)).toBe('slot.already_booked');
    expect(bookingRefusal({ ...slot, startsAt: now }, 0, false, now)).toBe('slot.past');
    expect(bookingRefusal({ ...slot, startsAt: now, cancelledAt: now }, 0, false, now)).toBe('slot.cancelled');
  });

  it('a booking can be cancelled until the slot starts', () => {
    expect(mayCancel({ startsAt: later }, { cancelledAt: null }, now)).toBeNull();
    expect(mayCancel({ startsAt: now }, { cancelledAt: null }, now)).toBe('slot.past');
    expect(mayCancel({ startsAt: later }, { cancelledAt: now }, now)).toBe('booking.not_found');
  });

  it('attendance becomes the matching step of the service path', () => {
    expect(attendanceEvent('individual', 'attended')).toBe('appointment_attended');
    expect(attendanceEvent('group', 'attended')).toBe('group_session_attended');
    expect(attendanceEvent('group', 'no_show')).toBe('appointment_missed');
  });

  it('the reminder goes a day before, unless that moment has passed', () => {
    expect(reminderAt(later, now)?.getTime()).toBe(later.getTime() - reminderLeadMs);
    expect(reminderAt(new Date(now.getTime() + 3600_000), now)).toBeNull();
  });

  it('ranges that only touch do not overlap', () => {
    const a = { startsAt: new Date('2026-03-04T10:00:00Z'), endsAt: new Date('2026-03-04T11:00:00Z') };
    expect(overlaps(a, { startsAt: a.endsAt, endsAt: new Date('2026-03-04T12:00:00Z') })).toBe(false);
    expect(overlaps(a, { startsAt: new Date('2026-03-04T10:30:00Z'), endsAt: new Date('2026-03-04T12:00:00Z') })).toBe(true);
  });
});
