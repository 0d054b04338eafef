import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { ZOutcomeRequest } from '../../../server/modules/guidance/guidance.schema';
import { outcomeKinds } from '../../../shared/guidance';
import { api } from '../../app/api';
import { DateField } from '../../app/DateField';
import { useFormat } from '../../app/format';
import { FormError, SelectField, Success, TextField, useFormErrors } from '../../app/forms';
import { Section } from '../../app/Page';
import { clientPath, useCaseMutation, type Overview } from './guidanceApi';
import { Reveal } from './Reveal';

const isEmployment = (kind: string) => kind === 'employed_matching' || kind === 'employed_other';

function OutcomeForm({ userId, close, onSaved }: { userId: string; close: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [kind, setKind] = useState('');
  const [occurredOn, setOccurredOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [employerId, setEmployerId] = useState('');
  const [employerName, setEmployerName] = useState('');
  const employers = useQuery({
    queryKey: ['guidance', 'employers'],
    queryFn: () => api<{ items: { id: string; name: string }[] }>('GET', '/api/guidance/employers'),
    staleTime: 60_000,
  });
  const record = useCaseMutation(
    userId,
    (body: unknown) => api<Overview>('POST', `${clientPath(userId)}/outcomes`, body),
    () => {
      onSaved();
      close();
    },
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    const valid = errors.validate(ZOutcomeRequest, {
      kind,
      occurredOn,
      employerOrganisationId: isEmployment(kind) && employerId ? employerId : null,
      employerName: isEmployment(kind) && !employerId ? employerName || null : null,
    });
    if (valid) record.mutate(valid, { onError: (err) => errors.fromError(err) });
  }
  return (
    <form onSubmit={submit} noValidate className="form outcome-form" aria-labelledby="outcome-new-heading">
      <h3 id="outcome-new-heading">{t('guidance.outcomes.newHeading')}</h3>
      <FormError message={errors.form} />
      <SelectField
        id="outcome-kind"
        label={t('guidance.outcomes.kind')}
        value={kind}
        onChange={setKind}
        placeholder={t('form.choose')}
        options={outcomeKinds.map((k) => ({ value: k, label: t(`guidance.outcome.${k}`) }))}
        error={errors.fields.kind}
      />
      <DateField
        id="outcome-date"
        label={t('guidance.outcomes.date')}
        value={occurredOn}
        onChange={setOccurredOn}
        error={errors.fields.occurredOn}
      />
      {isEmployment(kind) && (
        <>
          <SelectField
            id="outcome-employer"
            label={t('guidance.outcomes.employer')}
            hint={t('guidance.outcomes.employerHint')}
            value={employerId}
            onChange={setEmployerId}
            placeholder={t('guidance.outcomes.employerOther')}
            options={(employers.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
            error={errors.fields.employerOrganisationId}
          />
          {!employerId && (
            <TextField
              id="outcome-employer-name"
              label={t('guidance.outcomes.employerName')}
              value={employerName}
              onChange={setEmployerName}
              error={errors.fields.employerName}
              optional
            />
          )}
        </>
      )}
      <div className="button-row">
        <Button type="submit" id="outcome-save" disabled={record.isPending}>
          {t('guidance.outcomes.save')}
        </Button>
        <Button variant="secondary" id="outcome-cancel" onClick={close}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Where the client's path led: employed in their field or otherwise, studies, and so on. */
export function OutcomeSection({ userId, overview }: { userId: string; overview: Overview }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [saved, setSaved] = useState(false);
  return (
    <Section title={t('guidance.outcomes.heading')} id="outcomes-heading">
      {saved && <Success>{t('guidance.outcomes.saved')}</Success>}
      {overview.outcomes.length === 0 ? (
        <p>{t('guidance.outcomes.none')}</p>
      ) : (
        <ul className="outcome-list">
          {overview.outcomes.map((o) => (
            <li key={o.id}>
              <strong>{t(`guidance.outcome.${o.kind}`)}</strong> · {f.date(o.occurredOn)}
              {o.employer ? ` · ${o.employer}` : ''} <span className="muted">({o.organisation.name})</span>
            </li>
          ))}
        </ul>
      )}
      <Reveal id="outcome-new" label={t('guidance.outcomes.newHeading')} variant="default">
        {(close) => <OutcomeForm userId={userId} close={close} onSaved={() => setSaved(true)} />}
      </Reveal>
    </Section>
  );
}
