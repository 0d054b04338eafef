import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { ConfirmAction } from '../../app/ConfirmAction';
import { useFormat } from '../../app/format';
import { FormError, Success } from '../../app/forms';
import { Loading } from '../../app/Page';
import { problemMessage, type Message } from '../../app/problem';
import {
  byDay,
  myCalendarUrl,
  useBookMine,
  useBookableSlots,
  useCancelMine,
  useMyAppointments,
  useNow,
  type Booking,
  type Slot,
} from './appointmentsApi';
import { SlotDetails, useSlotName, useSlotWhen } from './SlotDetails';
import './appointments.css';

function MyBooking({ booking, now, onMessage }: { booking: Booking; now: number; onMessage: (m: Message) => void }) {
  const { t } = useTranslation();
  const name = useSlotName();
  const when = useSlotWhen();
  const cancel = useCancelMine();
  const [error, setError] = useState<Message | null>(null);
  const slot = booking.slot;
  const title = `${name(slot)}, ${when(slot)}`;
  const coming = new Date(slot.startsAt).getTime() > now;
  const cancelled = booking.status === 'cancelled' || slot.cancelled;
  const headingId = `booking-${booking.id}`;
  return (
    <li className={cancelled ? 'appointments-card is-cancelled' : 'appointments-card'} aria-labelledby={headingId}>
      <Heading variant="h4" id={headingId}>
        {name(slot)}
      </Heading>
      <p className="appointments-when-line">{when(slot)}</p>
      <SlotDetails slot={slot} />
      <p className="appointments-status">
        <strong>
          {cancelled
            ? t('appointments.my.statusCancelled')
            : booking.attendance
              ? t(`appointments.attendance.${booking.attendance}`)
              : coming
                ? t('appointments.my.statusBooked')
                : t('appointments.my.statusPast')}
        </strong>
      </p>
      <FormError message={error} />
      {!cancelled && (
        <div className="appointments-actions">
          <a
            className="appointments-ics"
            href={myCalendarUrl(booking.id)}
            download
            aria-label={t('appointments.calendarLinkLabel', { slot: title })}
          >
            {t('appointments.calendarLink')}
          </a>
          {coming && (
            <Button
              id={`cancel-booking-${booking.id}`}
              variant="secondary"
              aria-label={t('appointments.my.cancelLabel', { slot: title })}
              disabled={cancel.isPending}
              onClick={() =>
                // The card moves to the past list when the list refreshes: report through the promise.
                void cancel.mutateAsync(booking.id).then(
                  () => onMessage({ key: 'appointments.my.cancelled', values: { slot: title } }),
                  (e: unknown) => setError(problemMessage(e)),
                )
              }
            >
              {t('appointments.my.cancel')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}

function BookableSlot({ slot, onMessage }: { slot: Slot; onMessage: (m: Message) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const name = useSlotName();
  const when = useSlotWhen();
  const book = useBookMine();
  const [error, setError] = useState<Message | null>(null);
  const title = `${name(slot)}, ${when(slot)}`;
  const headingId = `bookable-${slot.id}`;
  return (
    <li className="appointments-card" aria-labelledby={headingId}>
      <Heading variant="h5" id={headingId}>
        {`${f.time(slot.startsAt)}–${f.time(slot.endsAt)} ${name(slot)}`}
      </Heading>
      <SlotDetails slot={slot} showSeats />
      <FormError message={error} />
      <ConfirmAction
        id={`book-${slot.id}`}
        ariaLabel={t('appointments.my.bookLabel', { slot: title })}
        disabled={book.isPending}
        question={t('appointments.my.bookQuestion', { slot: title })}
        confirmLabel={t('appointments.my.bookConfirm')}
        onConfirm={() =>
          // The offer leaves the list when it refreshes: report through the promise.
          void book.mutateAsync(slot.id).then(
            () => onMessage({ key: 'appointments.my.booked', values: { slot: title } }),
            (e: unknown) => setError(problemMessage(e)),
          )
        }
      >
        {t('appointments.my.book')}
      </ConfirmAction>
    </li>
  );
}

/**
 * The client's appointments for the "My service path" page: coming and past appointments with
 * cancel and "add to calendar", and the times they may book, by day.
 */
export function MyAppointmentsSection() {
  const { t } = useTranslation();
  const mine = useMyAppointments();
  const bookable = useBookableSlots();
  const [message, setMessage] = useState<Message | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const tell = (m: Message) => {
    setMessage(m);
    status.current?.focus();
  };
  const now = useNow();
  const items = mine.data?.items ?? [];
  const coming = items
    .filter((b) => new Date(b.slot.endsAt).getTime() > now && b.status === 'booked' && !b.slot.cancelled)
    .sort((a, b) => a.slot.startsAt.localeCompare(b.slot.startsAt));
  const past = items.filter((b) => !coming.includes(b));
  return (
    <section aria-labelledby="my-appointments-heading" className="section appointments-section">
      <Heading variant="h2" id="my-appointments-heading">
        {t('appointments.my.heading')}
      </Heading>
      <p>{t('appointments.my.lead')}</p>
      <div ref={status} tabIndex={-1}>
        {message && <Success>{t(message.key, message.values ?? {})}</Success>}
      </div>
      {mine.isPending ? (
        <Loading />
      ) : mine.isError ? (
        <FormError message={problemMessage(mine.error)} />
      ) : (
        <>
          <Heading variant="h3" id="my-appointments-coming">
            {t('appointments.my.coming')}
          </Heading>
          {coming.length === 0 ? (
            <p>{t('appointments.my.noneComing')}</p>
          ) : (
            <ul className="appointments-list" aria-labelledby="my-appointments-coming">
              {coming.map((b) => (
                <MyBooking key={b.id} booking={b} now={now} onMessage={tell} />
              ))}
            </ul>
          )}
          {past.length > 0 && (
            <details className="appointments-past">
              <summary>{t('appointments.my.past', { count: past.length })}</summary>
              <ul className="appointments-list">
                {past.map((b) => (
                  <MyBooking key={b.id} booking={b} now={now} onMessage={tell} />
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      <Heading variant="h3" id="my-appointments-bookable">
        {t('appointments.my.bookableHeading')}
      </Heading>
      <p>{t('appointments.my.bookableLead')}</p>
      {bookable.isPending ? (
        <Loading />
      ) : bookable.isError ? (
        <FormError message={problemMessage(bookable.error)} />
      ) : (bookable.data?.items.length ?? 0) === 0 ? (
        <p>{t('appointments.my.noneBookable')}</p>
      ) : (
        <BookableDays items={bookable.data?.items ?? []} onMessage={tell} />
      )}
    </section>
  );
}

/** How many days of bookable times are shown before "Show all". */
const firstDays = 3;

/** Bookable times by day: the first few days, and the rest on request, so the page stays short. */
function BookableDays({ items, onMessage }: { items: Slot[]; onMessage: (m: Message) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [all, setAll] = useState(false);
  const days = byDay(items, (s) => s.startsAt);
  const shown = all ? days : days.slice(0, firstDays);
  return (
    <>
      {shown.map((g) => (
        <div key={g.day} className="appointments-day">
          <Heading variant="h4" id={`bookable-day-${g.day}`} className="appointments-day-heading">
            {f.weekday(g.items[0]!.startsAt)}
          </Heading>
          <ul className="appointments-list" aria-labelledby={`bookable-day-${g.day}`}>
            {g.items.map((s) => (
              <BookableSlot key={s.id} slot={s} onMessage={onMessage} />
            ))}
          </ul>
        </div>
      ))}
      {shown.length < days.length && (
        <>
          <p>{t('appointments.my.moreDays', { count: days.length - shown.length })}</p>
          <Button variant="secondary" id="bookable-show-all" onClick={() => setAll(true)}>
            {t('appointments.my.showAll')}
          </Button>
        </>
      )}
    </>
  );
}
