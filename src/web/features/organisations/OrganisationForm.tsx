import { useTranslation } from 'react-i18next';
import { partnerTypes } from '../../../server/modules/organisations/organisations.schema';
import { SelectField } from '../../app/forms';
import type { Message } from '../../app/problem';

export function PartnerTypeField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  error?: Message | undefined;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={t('fields.partnerType')}
      value={value}
      onChange={onChange}
      placeholder={t('form.choose')}
      options={partnerTypes.map((p) => ({ value: p, label: t(`partnerTypes.${p}`) }))}
      error={error}
    />
  );
}

export function useKindLabel() {
  const { t } = useTranslation();
  return (o: { kind: 'partner' | 'employer'; partnerType?: string | null }) =>
    o.kind === 'employer'
      ? t('organisations.kind.employer')
      : `${t('organisations.kind.partner')}${o.partnerType ? ` – ${t(`partnerTypes.${o.partnerType}`)}` : ''}`;
}
