import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { useFormat } from '../../app/format';
import { FormError, SelectField, Success } from '../../app/forms';
import { Loading } from '../../app/Page';
import { problemMessage, type Message } from '../../app/problem';
import { useBookForClient, useClientAppointments, useFreeSlots, useNow } from './appointmentsApi';
import { SlotDetails, useSlotName, useSlotWhen } from './SlotDetails';
import './appointments.css';

/**
 * A client's appointments in the counsellor's client overview: the bookings the counsellor may
 * see, and a picker to book one of the free times of the counsellor's organisation for the client.
 */
export function ClientAppointmentsSection({ clientUserId }: { clientUserId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const name = useSlotName();
  const when = useSlotWhen();
  const bookings = useClientAppointments(clientUserId);
  const free = useFreeSlots();
  const book = useBookForClient(clientUserId);
  const [slotId, setSlotId] = useState('');
  const [error, setError] = useState<Message | null>(null);
  const [fieldError, setFieldError] = useState<Message | undefined>(undefined);
  const [done, setDone] = useState<string | null>(null);
  const now = useNow();
  // Coming appointments first, soonest first; then the past ones, latest first.
  const items = [...(bookings.data?.items ?? [])].sort((a, b) => {
    const ac = new Date(a.slot.startsAt).getTime() > now;
    const bc = new Date(b.slot.startsAt).getTime() > now;
    if (ac !== bc) return ac ? -1 : 1;
    return ac ? a.slot.startsAt.localeCompare(b.slot.startsAt) : b.slot.startsAt.localeCompare(a.slot.startsAt);
  });
  const held = new Set(items.filter((b) => b.status === 'booked').map((b) => b.slot.id));
  const options = (free.data?.items ?? []).filter((s) => !held.has(s.id));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    setError(null);
    if (!slotId) {
      setFieldError({ key: 'validation.required' });
      return;
    }
    setFieldError(undefined);
    book.mutate(slotId, {
      onSuccess: (b) => {
        setDone(t('appointments.client.booked', { slot: `${name(b.slot)}, ${when(b.slot)}` }));
        setSlotId('');
      },
      onError: (err) => setError(problemMessage(err)),
    });
  };

  return (
    <section aria-labelledby="client-appointments-heading" className="section appointments-section">
      <Heading variant="h2" id="client-appointments-heading">
        {t('appointments.client.heading')}
      </Heading>
      {bookings.isPending ? (
        <Loading />
      ) : bookings.isError ? (
        <FormError message={problemMessage(bookings.error)} />
      ) : items.length === 0 ? (
        <p>{t('appointments.client.none')}</p>
      ) : (
        <ul className="appointments-list" aria-labelledby="client-appointments-heading">
          {items.map((b) => {
            const cancelled = b.status === 'cancelled' || b.slot.cancelled;
            const coming = new Date(b.slot.startsAt).getTime() > now;
            return (
              <li key={b.id} className={cancelled ? 'appointments-card is-cancelled' : 'appointments-card'}>
                <Heading variant="h3" id={`client-booking-${b.id}`}>
                  {name(b.slot)}
                </Heading>
                <p className="appointments-when-line">{when(b.slot)}</p>
                <SlotDetails slot={b.slot} />
                <p className="appointments-status">
                  <strong>
                    {cancelled
                      ? t('appointments.my.statusCancelled')
                      : b.attendance
                        ? t(`appointments.attendance.${b.attendance}`)
                        : coming
                          ? t('appointments.my.statusBooked')
                          : t('appointments.my.statusPast')}
                  </strong>{' '}
                  · {t('appointments.client.bookedOn', { date: f.date(b.createdAt) })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={submit} noValidate aria-labelledby="client-book-heading" className="appointments-form">
        <Heading variant="h3" id="client-book-heading">
          {t('appointments.client.bookHeading')}
        </Heading>
        {done && <Success>{done}</Success>}
        <FormError message={error} />
        {free.isPending ? (
          <Loading />
        ) : options.length === 0 ? (
          <p>{t('appointments.client.noFree')}</p>
        ) : (
          <>
            <SelectField
              id="client-book-slot"
              label={t('appointments.client.slot')}
              value={slotId}
              onChange={setSlotId}
              placeholder={t('appointments.client.choose')}
              error={fieldError}
              options={options.map((s) => ({
                value: s.id,
                label:
                  s.kind === 'group'
                    ? t('appointments.client.groupOption', { slot: `${when(s)} ${name(s)}`, left: f.number(s.capacity - s.seatsTaken) })
                    : `${when(s)} ${name(s)}`,
              }))}
            />
            <Button id="client-book-submit" type="submit" disabled={book.isPending}>
              {t('appointments.client.book')}
            </Button>
          </>
        )}
      </form>
    </section>
  );
}
