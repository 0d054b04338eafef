import { CounsellorQueue } from '../guidance/CounsellorQueue';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink } from 'react-router';
import { Button, Paragraph } from 'suomifi-ui-components';
import { ZInviteColleagueRequest } from '../../../server/modules/organisations/organisations.schema';
import { api } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError, Success, TextField, useFormErrors, useMunicipalityName } from '../../app/forms';
import { currentLocale } from '../../app/i18n';
import { Loading, Page, Section } from '../../app/Page';
import { useMe } from '../../app/session';
import type { Home, Profile } from '../../app/types';
import { isComplete } from '../profile/profileForm';

type Org = Home['organisations'][number];

function Members({ org, id }: { org: Org; id: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table aria-describedby={id} className="stack">
        <thead>
          <tr>
            <th scope="col">{t('fields.name')}</th>
            <th scope="col">{t('fields.email')}</th>
            <th scope="col">{t('fields.role')}</th>
          </tr>
        </thead>
        <tbody>
          {org.members.map((m) => (
            <tr key={`${m.email}-${m.role}`}>
              <td className="stack-title">{m.name}</td>
              <td data-label={t('fields.email')}>
                <a href={`mailto:${m.email}`}>{m.email}</a>
              </td>
              <td data-label={t('fields.role')}>{t(`roles.${m.role}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function InviteColleague({ org }: { org: Org }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const errors = useFormErrors();
  const invite = useMutation({
    mutationFn: (body: { email: string; locale: string }) => api('POST', `/api/organisations/${org.id}/invitations`, body),
    onSuccess: async (_d, body) => {
      setSentTo(body.email);
      setEmail('');
      await qc.invalidateQueries({ queryKey: ['home'] });
    },
    onError: (e) => errors.fromError(e),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setSentTo(null);
    const body = errors.validate(ZInviteColleagueRequest, { email, locale: currentLocale() });
    if (body) invite.mutate(body);
  }
  return (
    <form onSubmit={submit} noValidate className="form narrow" aria-labelledby={`invite-${org.id}`}>
      <h3 id={`invite-${org.id}`}>{t('home.employer.inviteHeading')}</h3>
      <p>{t('home.employer.inviteLead')}</p>
      <FormError message={errors.form} />
      {sentTo && <Success>{t('home.employer.inviteSent', { email: sentTo })}</Success>}
      <TextField
        id={`invite-email-${org.id}`}
        label={t('fields.colleagueEmail')}
        type="email"
        value={email}
        onChange={setEmail}
        error={errors.fields.email}
      />
      <Button type="submit" id={`invite-submit-${org.id}`} disabled={invite.isPending}>
        {t('home.employer.inviteSubmit')}
      </Button>
    </form>
  );
}

function OrganisationCard({ org, invite }: { org: Org; invite?: boolean }) {
  const { t } = useTranslation();
  const municipality = useMunicipalityName();
  const id = `org-${org.id}`;
  return (
    <div className="org-block">
      <h3 id={id}>{org.name}</h3>
      <dl className="facts">
        {org.businessId && (
          <>
            <dt>{t('fields.businessId')}</dt>
            <dd>{org.businessId}</dd>
          </>
        )}
        <dt>{t('fields.municipality')}</dt>
        <dd>{municipality(org.municipalityCode)}</dd>
      </dl>
      <h4>{t('home.colleagues')}</h4>
      <Members org={org} id={id} />
      {invite && <InviteColleague org={org} />}
    </div>
  );
}

function Partners({ home }: { home: Home }) {
  const { t } = useTranslation();
  const municipality = useMunicipalityName();
  return (
    <ul className="cards">
      {home.partners.map((p) => (
        <li key={p.id} className="card">
          <h3>{p.name}</h3>
          <p>
            {p.partnerType ? t(`partnerTypes.${p.partnerType}`) : ''} · {municipality(p.municipalityCode)}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The figures the modules offer the person's roles, each leading to its page. */
function Figures({ figures }: { figures: Home['figures'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ul className="figures">
      {figures.map((i) => (
        <li key={i.key}>
          {i.href ? (
            <RLink to={i.href}>
              <span className="figure-value">{f.number(i.value)}</span>
              <span className="figure-label">{t(i.key)}</span>
            </RLink>
          ) : (
            <>
              <span className="figure-value">{f.number(i.value)}</span>
              <span className="figure-label">{t(i.key)}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** How complete the talent's profile is, and where to go next. */
function ProfileStatus() {
  const { t } = useTranslation();
  const profile = useQuery({ queryKey: ['home-profile'], queryFn: () => api<Profile>('GET', '/api/profile') });
  if (!profile.data) return null;
  const { percent } = profile.data.completeness;
  const complete = isComplete(profile.data.completeness);
  return (
    <div className="home-profile-status">
      <p>{t('home.talent.profileComplete', { percent })}</p>
      <p>
        <RLink to="/profile">{complete ? t('home.talent.profileOpen') : t('home.talent.profileContinue')}</RLink>
        {' · '}
        <RLink to="/privacy">{t('home.talent.privacyLink')}</RLink>
      </p>
    </div>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { data: me } = useMe();
  const home = useQuery({ queryKey: ['home'], queryFn: () => api<Home>('GET', '/api/home') });
  const municipality = useMunicipalityName();
  if (!me || home.isPending) return <Loading />;
  if (home.isError || !home.data) return <FormError message={{ key: 'errors.server.error' }} />;
  const h = home.data;
  const roles = new Set(h.roles);
  const employerOrgs = h.organisations.filter((o) => o.kind === 'employer');
  const partnerOrgs = h.organisations.filter((o) => o.kind === 'partner');
  const hubName = f.name(h.hub?.name);
  return (
    <Page title={t('home.title', { name: me.name })} lead={<Paragraph>{t('home.lead', { hub: hubName })}</Paragraph>}>
      {roles.size === 0 && <p>{t('home.noRoles')}</p>}
      {roles.has('hub_admin') && h.figures.length > 0 && (
        <Section title={t('home.admin.heading')} id="home-admin">
          <p>{t('home.admin.lead')}</p>
          <Figures figures={h.figures} />
          <p>
            <RLink to="/walk-ins/figures">{t('walkins.home.figuresLink')}</RLink>
            {' · '}
            <RLink to="/admin/service-points">{t('walkins.home.servicePointsLink')}</RLink>
          </p>
        </Section>
      )}
      {roles.has('counsellor') && (
        <Section title={t('home.counsellor.heading')} id="home-counsellor">
          <p>{t('home.counsellor.lead')}</p>
          <CounsellorQueue />
          <p>
            <RLink to="/clients">{t('home.counsellor.clientsLink')}</RLink>
            {' · '}
            <RLink to="/walk-ins">{t('walkins.home.logLink')}</RLink>
          </p>
          {partnerOrgs.map((o) => (
            <OrganisationCard key={o.id} org={o} />
          ))}
          <h3>{t('home.counsellor.network')}</h3>
          <Partners home={h} />
        </Section>
      )}
      {roles.has('employer') && (
        <Section title={t('home.employer.heading')} id="home-employer">
          <p>{t('home.employer.lead')}</p>
          {employerOrgs.map((o) => (
            <OrganisationCard key={o.id} org={o} invite />
          ))}
        </Section>
      )}
      {roles.has('talent') && (
        <Section title={t('home.talent.heading')} id="home-talent">
          <p>{t('home.talent.welcome', { hub: hubName, municipality: municipality(me.municipalityCode) })}</p>
          <ProfileStatus />
          <p>
            <RLink to="/my-path">{t('guidance.home.myPath')}</RLink>
          </p>
          <p>{t('home.talent.partnersLead')}</p>
          <Partners home={h} />
          <p>
            <RLink to="/account">{t('home.talent.accountLink')}</RLink>
          </p>
        </Section>
      )}
    </Page>
  );
}
