import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import type { Attendance } from '../../../shared/guidance';
import { useFormat } from '../../app/format';
import { FormError, Success } from '../../app/forms';
import { Loading, Page, Section } from '../../app/Page';
import { problemMessage, type Message } from '../../app/problem';
import {
  byDay,
  scheduleLookBackDays,
  slotCalendarUrl,
  useAttendance,
  useCancelSlot,
  useMySchedule,
  useNow,
  type ScheduleSlot,
} from './appointmentsApi';
import { PublishSlotsForm } from './PublishSlotsForm';
import { SlotDetails, useSlotName } from './SlotDetails';
import './appointments.css';

/** One booking in the schedule: who (when the counsellor may see the client) and attendance. */
function BookingRow({ slot, booking, index }: { slot: ScheduleSlot; booking: ScheduleSlot['bookings'][number]; index: number }) {
  const { t } = useTranslation();
  const attendance = useAttendance();
  const [error, setError] = useState<Message | null>(null);
  const who = booking.client?.name ?? t('appointments.schedule.clientHidden', { n: index + 1 });
  const mark = (value: Attendance) =>
    attendance.mutate({ bookingId: booking.id, attendance: value }, { onError: (e) => setError(problemMessage(e)) });
  return (
    <li className="appointments-booking">
      <span className="appointments-booking-name">{who}</span>
      {booking.attendance && <strong>{t(`appointments.attendance.${booking.attendance}`)}</strong>}
      {!slot.cancelled && (
        <span className="appointments-actions">
          <Button
            id={`attended-${booking.id}`}
            variant="secondary"
            aria-label={t('appointments.schedule.markAttendedLabel', { name: who })}
            aria-pressed={booking.attendance === 'attended'}
            disabled={attendance.isPending}
            onClick={() => mark('attended')}
          >
            {t('appointments.schedule.markAttended')}
          </Button>
          <Button
            id={`noshow-${booking.id}`}
            variant="secondary"
            aria-label={t('appointments.schedule.markNoShowLabel', { name: who })}
            aria-pressed={booking.attendance === 'no_show'}
            disabled={attendance.isPending}
            onClick={() => mark('no_show')}
          >
            {t('appointments.schedule.markNoShow')}
          </Button>
        </span>
      )}
      <FormError message={error} />
    </li>
  );
}

function ScheduleCard({ slot, now, onMessage }: { slot: ScheduleSlot; now: number; onMessage: (m: Message) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const name = useSlotName();
  const cancelSlot = useCancelSlot();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<Message | null>(null);
  const headingId = `slot-${slot.id}`;
  const future = new Date(slot.startsAt).getTime() > now;
  const title = `${f.time(slot.startsAt)}–${f.time(slot.endsAt)} ${name(slot)}`;
  return (
    <article className={slot.cancelled ? 'appointments-card is-cancelled' : 'appointments-card'} aria-labelledby={headingId}>
      <h4 id={headingId}>{title}</h4>
      <SlotDetails slot={slot} />
      <p className="appointments-seats">
        {slot.cancelled
          ? t('appointments.schedule.cancelled')
          : t('appointments.schedule.seats', {
              taken: f.number(slot.seatsTaken),
              capacity: f.number(slot.capacity),
              count: slot.seatsTaken,
            })}
      </p>
      {slot.bookings.length > 0 && (
        <ul className="appointments-bookings" aria-label={t('appointments.schedule.bookingsOf', { slot: title })}>
          {slot.bookings.map((b, i) => (
            <BookingRow key={b.id} slot={slot} booking={b} index={i} />
          ))}
        </ul>
      )}
      <FormError message={error} />
      <div className="appointments-actions">
        <a
          className="appointments-ics"
          href={slotCalendarUrl(slot.id)}
          download
          aria-label={t('appointments.calendarLinkLabel', { slot: title })}
        >
          {t('appointments.calendarLink')}
        </a>
        {future && !slot.cancelled && !confirming && (
          <Button
            id={`cancel-slot-${slot.id}`}
            variant="secondary"
            aria-label={t('appointments.schedule.cancelLabel', { slot: title })}
            onClick={() => setConfirming(true)}
          >
            {t('appointments.schedule.cancel')}
          </Button>
        )}
      </div>
      {confirming && (
        <div className="appointments-confirm" role="group" aria-label={t('appointments.schedule.confirmLabel', { slot: title })}>
          <p>{t('appointments.schedule.confirmText', { count: slot.seatsTaken })}</p>
          <Button
            id={`confirm-cancel-slot-${slot.id}`}
            disabled={cancelSlot.isPending}
            onClick={() =>
              void cancelSlot.mutateAsync(slot.id).then(
                () => {
                  setConfirming(false);
                  onMessage({ key: 'appointments.schedule.cancelDone', values: { slot: title } });
                },
                (e: unknown) => setError(problemMessage(e)),
              )
            }
          >
            {t('appointments.schedule.confirmCancel')}
          </Button>
          <Button id={`keep-slot-${slot.id}`} variant="secondary" onClick={() => setConfirming(false)}>
            {t('appointments.schedule.keep')}
          </Button>
        </div>
      )}
    </article>
  );
}

function Days({
  slots,
  idPrefix,
  now,
  onMessage,
}: {
  slots: ScheduleSlot[];
  idPrefix: string;
  now: number;
  onMessage: (m: Message) => void;
}) {
  const f = useFormat();
  return (
    <>
      {byDay(slots, (s) => s.startsAt).map((g) => (
        <section key={g.day} aria-labelledby={`${idPrefix}-${g.day}`} className="appointments-day">
          <h3 id={`${idPrefix}-${g.day}`}>{f.weekday(g.items[0]!.startsAt)}</h3>
          {g.items.map((s) => (
            <ScheduleCard key={s.id} slot={s} now={now} onMessage={onMessage} />
          ))}
        </section>
      ))}
    </>
  );
}

/**
 * The counsellor's schedule: publish free times and group guidance sessions, see who booked,
 * mark attendance, cancel a time and take any of them to a calendar.
 */
export function SchedulePage() {
  const { t } = useTranslation();
  const schedule = useMySchedule();
  const [message, setMessage] = useState<Message | null>(null);
  const items = schedule.data?.items ?? [];
  const now = useNow();
  const coming = items.filter((s) => new Date(s.endsAt).getTime() > now);
  const past = items.filter((s) => new Date(s.endsAt).getTime() <= now).reverse();
  return (
    <Page title={t('appointments.schedule.title')} lead={<p>{t('appointments.schedule.lead')}</p>}>
      <Section title={t('appointments.form.heading')} id="publish-heading">
        <PublishSlotsForm />
      </Section>
      <Section title={t('appointments.schedule.coming')} id="schedule-coming">
        <div>{message && <Success>{t(message.key, message.values ?? {})}</Success>}</div>
        {schedule.isPending ? (
          <Loading />
        ) : schedule.isError ? (
          <FormError message={problemMessage(schedule.error)} />
        ) : coming.length === 0 ? (
          <p>{t('appointments.schedule.noneComing')}</p>
        ) : (
          <Days slots={coming} idPrefix="coming" now={now} onMessage={setMessage} />
        )}
      </Section>
      {past.length > 0 && (
        <Section title={t('appointments.schedule.past', { days: scheduleLookBackDays })} id="schedule-past">
          <Days slots={past} idPrefix="past" now={now} onMessage={setMessage} />
        </Section>
      )}
    </Page>
  );
}
