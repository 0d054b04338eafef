import { useQueryClient } from '@tanstack/react-query';
import { NavLink, Link as RLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '../../shared/locales';
import { api } from './api';
import { currentLocale, noteChosenLocale, setLocale } from './i18n';
import { meKey, rolesOf, useMe, useSignOut } from './session';
import { navGroups, type Audience } from './feature';
import { features } from './features';
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

/** Whether a person with these roles (none when signed out) sees an entry. */
export function sees(audience: Audience, me: Me | null | undefined): boolean {
  if (audience === 'everyone') return true;
  if (audience === 'signedOut') return !me;
  if (!me) return false;
  if (audience === 'signedIn') return true;
  const roles = rolesOf(me);
  return audience.some((r) => roles.has(r));
}

function MainNav() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const signOut = useSignOut();
  const links = features
    .flatMap((f) => f.nav ?? [])
    .filter((e) => sees(e.audience, me))
    .sort((a, b) => (a.group ? navGroups[a.group] : a.order) - (b.group ? navGroups[b.group] : b.order) || a.order - b.order);
  return (
    <nav aria-label={t('nav.main')} className="main-nav">
      <ul>
        {links.map((l) => (
          <li key={l.path}>
            <NavLink to={l.path}>{t(l.label)}</NavLink>
          </li>
        ))}
        {me && (
          <li>
            <button type="button" className="link-button" onClick={() => void signOut()}>
              {t('nav.signOut')}
            </button>
          </li>
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
