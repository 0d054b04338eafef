/**
 * Takes full-page screenshots of every page in fi, sv and en at phone and desktop width, into
 * e2e/artifacts/screens (ignored by git). Run: npx tsx e2e/screenshots.ts [filter]
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { locales } from '../src/shared/locales';
import { startApp } from './server';

const out = path.resolve('e2e/artifacts/screens');
mkdirSync(out, { recursive: true });
const filter = process.argv[2] ?? '';
const widths = (process.argv[3] ?? '390,1280').split(',').map(Number);
const langs = (process.argv[4] ?? locales.join(',')).split(',');

/**
 * `{client}` in a path stands for the user id of the caseload client named in `client`;
 * `click` lists selectors clicked in turn, where visible, before the shot (opening a menu);
 * `firstScreen` takes the first screen only instead of the whole page.
 */
const pages: { who: string | null; name: string; path: string; client?: string; click?: string[]; firstScreen?: boolean }[] = [
  { who: null, name: 'landing', path: '/' },
  { who: null, name: 'sign-in', path: '/sign-in' },
  { who: null, name: 'sign-up', path: '/sign-up' },
  { who: null, name: 'forgot', path: '/forgot-password' },
  { who: null, name: 'reset', path: '/reset-password?token=x' },
  { who: null, name: 'invitation-bad', path: '/invitation?token=abcdefghijklmnopqrstuvwxyz' },
  { who: null, name: 'a11y', path: '/accessibility' },
  { who: null, name: 'not-found', path: '/nope' },
  { who: null, name: 'taxonomy', path: '/skills-and-occupations' },
  { who: null, name: 'taxonomy-card', path: '/skills-and-occupations?uri=urn%3Atalenthub%3Ademo%3Aoccupation%3Aregistered-nurse' },
  { who: 'talent@talenthub.example', name: 'home-talent', path: '/home' },
  { who: 'talent@talenthub.example', name: 'taxonomy-talent', path: '/skills-and-occupations' },
  { who: 'talent@talenthub.example', name: 'profile', path: '/profile' },
  { who: 'talent@talenthub.example', name: 'profile-employer-view', path: '/profile/employer-view' },
  { who: 'talent@talenthub.example', name: 'privacy-talent', path: '/privacy' },
  { who: 'employer@talenthub.example', name: 'home-employer', path: '/home' },
  { who: 'employer@talenthub.example', name: 'openings', path: '/openings' },
  { who: 'employer@talenthub.example', name: 'openings-new', path: '/openings/new' },
  { who: 'talent@talenthub.example', name: 'jobs', path: '/jobs' },
  { who: 'counsellor@talenthub.example', name: 'clients', path: '/clients' },
  { who: 'counsellor@talenthub.example', name: 'clients-new', path: '/clients/new' },
  { who: 'counsellor@talenthub.example', name: 'home-counsellor', path: '/home' },
  { who: 'counsellor@talenthub.example', name: 'openings-coordinator', path: '/openings' },
  { who: 'admin@talenthub.example', name: 'home-admin', path: '/home' },
  { who: 'admin@talenthub.example', name: 'account', path: '/account' },
  { who: 'admin@talenthub.example', name: 'orgs', path: '/admin/organisations' },
  { who: 'admin@talenthub.example', name: 'people', path: '/admin/people' },
  { who: 'admin@talenthub.example', name: 'invitations', path: '/admin/invitations' },
  { who: 'admin@talenthub.example', name: 'audit', path: '/admin/audit' },
  { who: 'admin@talenthub.example', name: 'outbox', path: '/admin/outbox' },
  { who: 'counsellor@talenthub.example', name: 'walkins-log', path: '/walk-ins' },
  { who: 'counsellor@talenthub.example', name: 'walkins-figures', path: '/walk-ins/figures' },
  { who: 'admin@talenthub.example', name: 'walkins-admin-points', path: '/admin/service-points' },
  { who: 'counsellor@talenthub.example', name: 'appointments-schedule', path: '/appointments' },
  { who: 'counsellor@talenthub.example', name: 'caseload-organisation', path: '/clients?scope=organisation' },
  { who: 'counsellor@talenthub.example', name: 'caseload-shared', path: '/clients?scope=shared' },
  { who: 'counsellor@talenthub.example', name: 'case-overview', path: '/clients/{client}', client: 'Olena Kovalenko' },
  { who: 'counsellor@talenthub.example', name: 'case-profile', path: '/clients/{client}/profile', client: 'Olena Kovalenko' },
  { who: 'counsellor@talenthub.example', name: 'case-referrals', path: '/referrals?direction=outgoing' },
  { who: 'elina.makela@otsolahti.example', name: 'case-overview-university', path: '/clients/{client}', client: 'Mei Lin' },
  { who: 'talent@talenthub.example', name: 'case-my-path', path: '/my-path' },
  { who: 'admin@talenthub.example', name: 'case-figures', path: '/admin/guidance' },
  {
    who: 'admin@talenthub.example',
    name: 'nav-admin',
    path: '/admin/audit',
    click: ['.nav-menu-button', '.nav-group-logs > button'],
    firstScreen: true,
  },
  {
    who: 'counsellor@talenthub.example',
    name: 'nav-counsellor',
    path: '/clients',
    click: ['.nav-menu-button', '.nav-group-clients > button'],
    firstScreen: true,
  },
  {
    who: 'talent@talenthub.example',
    name: 'nav-talent',
    path: '/jobs',
    click: ['.nav-menu-button', '.nav-group-jobSearch > button'],
    firstScreen: true,
  },
  {
    who: 'employer@talenthub.example',
    name: 'nav-employer',
    path: '/openings',
    click: ['.nav-menu-button', '.nav-group-account > button'],
    firstScreen: true,
  },
  { who: null, name: 'nav-visitor', path: '/skills-and-occupations' },
  { who: 'admin@talenthub.example', name: 'date-figures', path: '/admin/guidance?from=2026-01-31&to=2026-12-31' },
  {
    who: 'counsellor@talenthub.example',
    name: 'date-outcome',
    path: '/clients/{client}',
    client: 'Amina Yusuf',
    click: ['#outcome-new', '#outcome-save'],
  },
  {
    who: 'talent@talenthub.example',
    name: 'date-picker',
    path: '/my-path',
    click: ['#goal-new', '.fi-date-input_picker-button'],
    firstScreen: true,
  },
];

const app = await startApp();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
});
try {
  const selected = pages.filter((p) => p.name.includes(filter));
  for (const who of [...new Set(selected.map((p) => p.who))]) {
    for (const lang of langs) {
      for (const width of widths) {
        const context = await browser.newContext({ baseURL: app.baseUrl, viewport: { width, height: 900 } });
        await context.addCookies([{ name: 'talenthub_lang', value: lang, url: app.baseUrl }]);
        const page = await context.newPage();
        if (who) {
          const res = await page.request.post('/api/auth/sign-in/email', {
            data: { email: who, password: 'TalentHub-demo-2026' },
            headers: { origin: app.baseUrl },
          });
          if (!res.ok()) throw new Error(`sign-in ${who}: ${res.status()}`);
          // The demo users' saved languages differ; show the page in the language asked for.
          await page.request.patch('/api/me', { data: { locale: lang }, headers: { origin: app.baseUrl } });
        }
        for (const p of selected.filter((x) => x.who === who)) {
          let target = p.path;
          if (p.client) {
            const found = await page.request.get(`/api/caseload?scope=organisation&q=${encodeURIComponent(p.client)}`);
            const items = ((await found.json()) as { items: { userId: string }[] }).items;
            if (!items[0]) throw new Error(`no caseload client ${p.client}`);
            target = p.path.replace('{client}', encodeURIComponent(items[0].userId));
          }
          await page.goto(target);
          await page.waitForSelector('h1');
          await page.waitForTimeout(300);
          for (const selector of p.click ?? []) {
            const target = page.locator(selector);
            if (await target.isVisible()) await target.click();
          }
          const file = path.join(out, `${p.name}-${lang}-${width}.png`);
          await page.screenshot({ path: file, fullPage: !p.firstScreen });
          console.log(file);
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await app.stop();
}
