import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox } from 'suomifi-ui-components';
import { z } from 'zod';
import { ZUpdateMeRequest } from '../../../server/modules/people/people.schema';
import { ZPassword } from '../../../shared/limits';
import { isLocale, type Locale } from '../../../shared/locales';
import { api } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError, MunicipalityField, SelectField, Success, TextField, useFormErrors, NewPasswordField } from '../../app/forms';
import { setLocale } from '../../app/i18n';
import { Loading, Page, Section } from '../../app/Page';
import { meKey, useMe, useSignOut } from '../../app/session';
import type { Me, Session } from '../../app/types';

function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [name, setName] = useState(me.name);
  const [municipalityCode, setMunicipality] = useState(me.municipalityCode);
  const [locale, setLoc] = useState<Locale>(me.locale);
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors();
  const save = useMutation({
    mutationFn: (body: z.infer<typeof ZUpdateMeRequest>) => api<Me>('PATCH', '/api/me', body),
    onSuccess: async (updated) => {
      qc.setQueryData(meKey, updated);
      if (isLocale(updated.locale)) await setLocale(updated.locale);
      setSaved(true);
    },
    onError: (e) => errors.fromError(e),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const body = errors.validate(ZUpdateMeRequest, { name, municipalityCode, locale });
    if (body) save.mutate(body);
  }
  return (
    <form onSubmit={submit} noValidate className="form narrow">
      <FormError message={errors.form} />
      {saved && <Success>{t('account.profile.saved')}</Success>}
      <TextField
        id="account-name"
        label={t('fields.name')}
        autoComplete="name"
        value={name}
        onChange={setName}
        error={errors.fields.name}
      />
      <p className="readonly-field">
        <span className="field-label">{t('fields.email')}</span> {me.email}
      </p>
      <MunicipalityField
        id="account-municipality"
        label={t('fields.homeMunicipality')}
        value={municipalityCode}
        onChange={setMunicipality}
        error={errors.fields.municipalityCode}
      />
      <SelectField
        id="account-locale"
        label={t('fields.language')}
        hint={t('account.profile.languageHint')}
        value={locale}
        onChange={(v) => isLocale(v) && setLoc(v)}
        options={[
          { value: 'fi', label: 'Suomi' },
          { value: 'sv', label: 'Svenska' },
          { value: 'en', label: 'English' },
        ]}
        error={errors.fields.locale}
      />
      <Button type="submit" id="account-save" disabled={save.isPending}>
        {t('account.profile.save')}
      </Button>
    </form>
  );
}

function Sessions() {
  const { t } = useTranslation();
  const f = useFormat();
  const qc = useQueryClient();
  const sessions = useQuery({ queryKey: ['sessions'], queryFn: () => api<Session[]>('GET', '/api/auth/list-sessions') });
  const current = useQuery({
    queryKey: ['current-session'],
    queryFn: () => api<{ session: { id: string } } | null>('GET', '/api/auth/get-session'),
  });
  const errors = useFormErrors();
  const revoke = useMutation({
    // Sessions are named by id: the server never gives their tokens to scripts.
    mutationFn: (id: string) => api('DELETE', `/api/me/sessions/${encodeURIComponent(id)}`),
    onSuccess: async (_d, id) => {
      if (id === current.data?.session.id) {
        window.location.assign('/sign-in');
        return;
      }
      await qc.invalidateQueries({ queryKey: ['sessions'] });
    },
    onError: (e) => errors.fromError(e),
  });
  if (sessions.isPending) return <Loading />;
  const list = [...(sessions.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <>
      <FormError message={errors.form} />
      <div className="table-wrap">
        <table className="stack">
          <caption className="visually-hidden">{t('account.sessions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('account.sessions.device')}</th>
              <th scope="col">{t('account.sessions.started')}</th>
              <th scope="col">{t('account.sessions.expires')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((s, i) => {
              const isCurrent = s.id === current.data?.session.id;
              const device = describeAgent(s.userAgent) ?? t('account.sessions.unknownDevice');
              return (
                <tr key={s.id}>
                  <td data-label={t('account.sessions.device')}>
                    {device}
                    {s.ipAddress ? ` · ${s.ipAddress}` : ''}
                    {isCurrent && <strong className="tag">{t('account.sessions.current')}</strong>}
                  </td>
                  <td data-label={t('account.sessions.started')}>{f.dateTime(s.createdAt)}</td>
                  <td data-label={t('account.sessions.expires')}>{f.dateTime(s.expiresAt)}</td>
                  <td>
                    <Button
                      variant="secondary"
                      id={`revoke-session-${i}`}
                      {...(isCurrent
                        ? {}
                        : { 'aria-label': t('account.sessions.revokeLabel', { device, started: f.dateTime(s.createdAt) }) })}
                      onClick={() => revoke.mutate(s.id)}
                      disabled={revoke.isPending}
                    >
                      {isCurrent ? t('account.sessions.revokeCurrent') : t('account.sessions.revoke')}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function describeAgent(ua: string | null | undefined): string | null {
  if (!ua) return null;
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrome|Chromium/.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : null;
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : null;
  return [browser, os].filter(Boolean).join(', ') || ua.slice(0, 40);
}

const ZChange = z
  .object({ currentPassword: z.string().min(1), newPassword: ZPassword, confirm: z.string() })
  .refine((v) => v.newPassword === v.confirm, { message: 'passwords_differ', path: ['confirm'] });

function ChangePassword({ email }: { email: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [revokeOthers, setRevokeOthers] = useState(true);
  const [done, setDone] = useState(false);
  const errors = useFormErrors();
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string; revokeOtherSessions: boolean }) =>
      api('POST', '/api/auth/change-password', body),
    onSuccess: async () => {
      setDone(true);
      setCurrent('');
      setNew('');
      setConfirm('');
      await qc.invalidateQueries({ queryKey: ['sessions'] });
      await qc.invalidateQueries({ queryKey: ['current-session'] });
    },
    onError: (e) => errors.fromError(e),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    const body = errors.validate(ZChange, { currentPassword, newPassword, confirm });
    if (body) change.mutate({ currentPassword: body.currentPassword, newPassword: body.newPassword, revokeOtherSessions: revokeOthers });
  }
  return (
    <form onSubmit={submit} noValidate className="form narrow">
      <FormError message={errors.form} />
      {done && <Success>{t('account.password.changed')}</Success>}
      {/* Lets password managers know whose password this is. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id="password-current"
        label={t('fields.currentPassword')}
        type="password"
        autoComplete="current-password"
        value={currentPassword}
        onChange={setCurrent}
        error={errors.fields.currentPassword}
      />
      <NewPasswordField id="password-new" value={newPassword} onChange={setNew} error={errors.fields.newPassword} />
      <TextField
        id="password-confirm"
        label={t('fields.confirmPassword')}
        type="password"
        autoComplete="new-password"
        value={confirm}
        onChange={setConfirm}
        error={errors.fields.confirm}
      />
      <Checkbox id="password-revoke-others" checked={revokeOthers} onClick={({ checkboxState }) => setRevokeOthers(checkboxState)}>
        {t('account.password.revokeOthers')}
      </Checkbox>
      <Button type="submit" id="password-submit" disabled={change.isPending}>
        {t('account.password.submit')}
      </Button>
    </form>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const signOut = useSignOut();
  if (!me) return <Loading />;
  return (
    <Page title={t('account.title')}>
      <Section title={t('account.profile.heading')} id="account-profile">
        <ProfileForm me={me} key={me.locale} />
      </Section>
      <Section title={t('account.sessions.heading')} id="account-sessions">
        <p>{t('account.sessions.lead')}</p>
        <Sessions />
      </Section>
      <Section title={t('account.password.heading')} id="account-password">
        <ChangePassword email={me.email} />
      </Section>
      <Section title={t('account.signOut.heading')} id="account-sign-out">
        <Button variant="secondary" id="account-sign-out-button" onClick={() => void signOut()}>
          {t('nav.signOut')}
        </Button>
      </Section>
    </Page>
  );
}
