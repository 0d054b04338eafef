import { useQueryClient } from '@tanstack/react-query';
import { Link as RLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '../../shared/locales';
import { api } from './api';
import { currentLocale, noteChosenLocale, setLocale } from './i18n';
import { MainNav } from './MainNav';
import { meKey, useMe, useQueriesFollowLanguage } from './session';
import type { Me } from './types';

const languageNames: Record<Locale, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const qc = useQueryClient();
  const current = currentLocale();
  async function choose(locale: Locale) {
    // The server answers in the account's language: save it before the UI (and its queries) switch.
    if (me) {
      const updated = await api<Me>('PATCH', '/api/me', { locale }).catch(() => null);
      if (updated) qc.setQueryData(meKey, updated);
    } else noteChosenLocale(locale);
    await setLocale(locale);
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

export function Layout() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  useQueriesFollowLanguage();
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
