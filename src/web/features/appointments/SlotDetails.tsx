import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import type { Slot } from './appointmentsApi';

/** The name of a slot: a group session's title, or the kind of individual appointment. */
export function useSlotName() {
  const { t } = useTranslation();
  return (s: Slot) => s.title ?? t(`appointments.mode.${s.mode}`);
}

/** When a slot is, on one line: "Tue 4 March, 9.00–9.45". */
export function useSlotWhen() {
  const f = useFormat();
  return (s: Slot) => `${f.weekday(s.startsAt)} ${f.time(s.startsAt)}–${f.time(s.endsAt)}`;
}

/** Form, place or link, organisation and host of a slot, as a definition list. */
export function SlotDetails({ slot, showSeats }: { slot: Slot; showSeats?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const seatsLeft = slot.capacity - slot.seatsTaken;
  return (
    <dl className="appointments-details">
      <div>
        <dt>{t('appointments.details.form')}</dt>
        <dd>
          {slot.kind === 'group' ? t('appointments.kind.group') : t('appointments.kind.individual')} · {t(`appointments.mode.${slot.mode}`)}
        </dd>
      </div>
      {slot.mode === 'in_person' && slot.place && (
        <div>
          <dt>{t('appointments.details.place')}</dt>
          <dd>{slot.place}</dd>
        </div>
      )}
      {slot.mode === 'video' && slot.link && (
        <div>
          <dt>{t('appointments.details.link')}</dt>
          <dd>
            <a href={slot.link} target="_blank" rel="noreferrer noopener">
              {slot.link}
            </a>
          </dd>
        </div>
      )}
      <div>
        <dt>{t('appointments.details.organiser')}</dt>
        <dd>{slot.host ? `${slot.host}, ${slot.organisation.name}` : slot.organisation.name}</dd>
      </div>
      {showSeats && slot.kind === 'group' && (
        <div>
          <dt>{t('appointments.details.seats')}</dt>
          <dd>{t('appointments.details.seatsLeft', { count: seatsLeft, left: f.number(seatsLeft), capacity: f.number(slot.capacity) })}</dd>
        </div>
      )}
    </dl>
  );
}
