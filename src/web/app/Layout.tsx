import { useQueryClient } from '@tanstack/react-query';
import { NavLink, Link as RLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '../../shared/locales';
import { api } from './api';
import { currentLocale, noteChosenLocale, setLocale } from './i18n';
import { meKey, rolesOf, useMe, useSignOut } from './session';
import type { Me } from './types';

const languageNames: Record<Locale, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const qc = useQueryClient();
  const current = currentLocale();
  async function choose(locale: Locale) {
    await setLocale(locale);
    if (!me) noteChosenLocale(locale);
    if (me) {
      const updated = await api<Me>('PATCH', '/api/me', { locale }).catch(() => null);
      if (updated) qc.setQueryData(meKey, updated);
    }
  }
  return (
    <nav aria-label={t('nav.language')} className="lang-switch" key={i18n.language}>
      <ul>
        {locales.map((l) => (
          <li key={l}>
            <button type="button" lang={l} aria-pressed={l === current} onClick={() => void choose(l)}>
              {languageNames[l]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function MainNav() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const roles = rolesOf(me);
  const signOut = useSignOut();
  const links: { to: string; label: string }[] = [];
  if (me) links.push({ to: '/home', label: t('nav.home') });
  links.push({ to: '/skills-and-occupations', label: t('nav.skillsAndOccupations') });
  if (me) {
    if (roles.has('hub_admin')) {
      links.push(
        { to: '/admin/organisations', label: t('nav.organisations') },
        { to: '/admin/people', label: t('nav.people') },
        { to: '/admin/invitations', label: t('nav.invitations') },
        { to: '/admin/audit', label: t('nav.audit') },
        { to: '/admin/outbox', label: t('nav.outbox') },
        { to: '/admin/matching', label: t('nav.matchingWeights') },
        { to: '/admin/service-points', label: t('walkins.nav.servicePoints') },
        { to: '/admin/guidance', label: t('nav.guidanceFigures') },
      );
    }
    if (roles.has('counsellor')) links.push({ to: '/clients', label: t('nav.clients') });
    if (roles.has('counsellor')) links.push({ to: '/referrals', label: t('nav.referrals') });
    if (roles.has('counsellor')) links.push({ to: '/appointments', label: t('appointments.nav.schedule') });
    if (roles.has('counsellor')) links.push({ to: '/walk-ins', label: t('walkins.nav.log') });
    if (roles.has('counsellor') || roles.has('hub_admin')) links.push({ to: '/walk-ins/figures', label: t('walkins.nav.figures') });
    if (roles.has('talent')) links.push({ to: '/profile', label: t('nav.profile') });
    if (roles.has('talent')) links.push({ to: '/contact-requests', label: t('nav.contactRequests') });
    if (roles.has('talent')) links.push({ to: '/my-path', label: t('nav.myPath') });
    if (roles.has('talent')) links.push({ to: '/jobs', label: t('nav.jobs') });
    if (roles.has('employer') || roles.has('counsellor')) links.push({ to: '/openings', label: t('nav.openings') });
    if (roles.has('employer') || roles.has('counsellor')) links.push({ to: '/talent-pool', label: t('nav.talentPool') });
    links.push({ to: '/privacy', label: t('nav.privacy') });
    links.push({ to: '/account', label: t('nav.account') });
  }
  return (
    <nav aria-label={t('nav.main')} className="main-nav">
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to}>{l.label}</NavLink>
          </li>
        ))}
        {me ? (
          <li>
            <button type="button" className="link-button" onClick={() => void signOut()}>
              {t('nav.signOut')}
            </button>
          </li>
        ) : (
          <>
            <li>
              <NavLink to="/sign-in">{t('nav.signIn')}</NavLink>
            </li>
            <li>
              <NavLink to="/sign-up">{t('nav.signUp')}</NavLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        {t('nav.skipToContent')}
      </a>
      <header className="site-header">
        <div className="header-top">
          <RLink to={me ? '/home' : '/'} className="brand">
            <span className="brand-mark" aria-hidden="true">
              T
            </span>
            <span>{t('app.name')}</span>
          </RLink>
          {me && <span className="signed-in-as">{t('nav.signedInAs', { name: me.name })}</span>}
          <LanguageSwitch />
        </div>
        <MainNav />
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <ul>
          <li>
            <RLink to="/accessibility">{t('footer.accessibility')}</RLink>
          </li>
          <li>{t('footer.openSource')}</li>
        </ul>
      </footer>
    </div>
  );
}
