import AxeBuilder from '@axe-core/playwright';
import { IntlMessageFormat } from 'intl-messageformat';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { catalogs } from '../src/shared/catalogs';
import type { Locale } from '../src/shared/locales';

export const password = 'TalentHub-demo-2026';
export const demo = {
  hub_admin: 'admin@talenthub.example',
  counsellor: 'counsellor@talenthub.example',
  employer: 'employer@talenthub.example',
  talent: 'talent@talenthub.example',
} as const;

export function baseUrl(): string {
  return inject('baseUrl');
}

/** A catalog message in the given language: tests find elements by what the user reads. */
export function t(locale: Locale, key: string, values?: Record<string, string | number>): string {
  const message = catalogs[locale][key];
  if (message === undefined) throw new Error(`no catalog key ${key} in ${locale}`);
  return String(new IntlMessageFormat(message, locale).format(values));
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile with the UI language preset (as if chosen earlier), or none. */
export async function newContext(browser: Browser, locale?: Locale, viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport, locale: 'en-GB' });
  if (locale) await context.addCookies([{ name: 'talenthub_lang', value: locale, url: baseUrl() }]);
  return context;
}

const checked = new Set<string>();

/**
 * Fails on serious or critical WCAG 2.1 A/AA violations of the page as it is now. A page in a
 * state already checked in this run (same language, path, heading, field errors, alerts and
 * open disclosures) is not checked again: that keeps the whole run within a few minutes on two
 * cores.
 */
export async function checkA11y(page: Page, what = page.url()): Promise<void> {
  const state = await page.evaluate(() =>
    [
      document.documentElement.lang,
      location.pathname,
      document.querySelector('h1')?.textContent ?? '',
      document.querySelectorAll('[aria-invalid="true"]').length,
      [...document.querySelectorAll('[role="alert"],[role="status"]')].map((e) => e.textContent).join('|'),
      document.querySelectorAll('table tr, li').length,
      [...document.querySelectorAll('[aria-expanded="true"]')].map((e) => e.textContent).join('|'),
    ].join('\u0000'),
  );
  if (checked.has(state)) return;
  checked.add(state);
  const started = Date.now();
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  if (process.env.E2E_TIMING) console.log(`axe ${Date.now() - started} ms ${what}`);
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join('\n    ')}`,
  );
  expect(report, `accessibility violations on ${what}`).toEqual([]);
}

/** Waits for the page's h1 and checks it and the document language, then runs axe. */
export async function expectPage(page: Page, locale: Locale, title: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor({ timeout: 10_000 });
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
  expect(await page.getAttribute('html', 'lang')).toBe(locale);
  expect(await page.title()).toBe(`${title} – Talent Hub`);
  await checkA11y(page);
}

export async function signIn(page: Page, locale: Locale, email: string, pass = password): Promise<void> {
  await page.goto('/sign-in');
  await expectPage(page, locale, t(locale, 'auth.signIn.title'));
  await page.getByLabel(t(locale, 'fields.email')).fill(email);
  await page.getByLabel(t(locale, 'fields.password'), { exact: true }).fill(pass);
  await page.getByRole('button', { name: t(locale, 'auth.signIn.submit'), exact: true }).click();
  await page.waitForURL(/\/home$/);
  // Sign-in switches to the person's saved language; go back to the one the test reads.
  await page.getByRole('heading', { level: 1 }).waitFor();
  const saved = (await page.getAttribute('html', 'lang')) as Locale;
  if (saved !== locale) {
    await page
      .getByRole('navigation', { name: t(saved, 'nav.language') })
      .getByRole('button', { name: languageNames[locale] })
      .click();
    await page.waitForFunction((l) => document.documentElement.lang === l, locale);
  }
}

/** The main navigation landmark, found by its name in the UI language. */
export function mainNav(page: Page, locale: Locale): Locator {
  return page.getByRole('navigation', { name: t(locale, 'nav.main') });
}

/**
 * A link of the main navigation, made visible the way a person reaches it: on a phone the menu
 * button opens the list first, and a link inside a task group needs its group opened.
 */
export async function navLink(page: Page, locale: Locale, key: string): Promise<Locator> {
  const nav = mainNav(page, locale);
  const name = t(locale, key);
  const link = nav.getByRole('link', { name, exact: true });
  const anywhere = nav.getByRole('link', { name, exact: true, includeHidden: true });
  await anywhere.waitFor({ state: 'attached' });
  if (await link.isVisible()) return link;
  const menu = nav.getByRole('button', { name: t(locale, 'nav.menu'), exact: true });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'false') await menu.click();
  if (await link.isVisible()) return link;
  const groupId = await anywhere.evaluate((a) => a.closest('ul[id^="nav-group-"]')?.id ?? null);
  if (!groupId) throw new Error(`the link ${name} is neither shown nor in a group`);
  const group = nav.locator(`button[aria-controls="${groupId}"]`);
  if ((await group.getAttribute('aria-expanded')) === 'false') await group.click();
  await link.waitFor();
  return link;
}

/** Follows a link of the main navigation. */
export async function navigate(page: Page, locale: Locale, key: string): Promise<void> {
  await (await navLink(page, locale, key)).click();
}

export const languageNames: Record<Locale, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

/** Selects a native <select> option by its visible label. */
export async function choose(scope: Page | Locator, label: string, option: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).selectOption({ label: option });
}

/** The newest outbox message to an address, read as the administrator sees it. */
export async function outboxLink(page: Page, locale: Locale, to: string, pathPrefix: string): Promise<string> {
  await page.goto('/admin/outbox');
  await expectPage(page, locale, t(locale, 'admin.outbox.title'));
  const mail = page.getByRole('listitem').filter({ hasText: to }).first();
  const link = mail.getByRole('link').filter({ hasText: pathPrefix }).first();
  const href = await link.getAttribute('href');
  if (!href) throw new Error(`no ${pathPrefix} link in the mail to ${to}`);
  return new URL(href).pathname + new URL(href).search;
}

/** The link of the newest sign-up confirmation mailed to an address, read by the hub administrator in a browser of their own. */
export async function confirmationLink(browser: Browser, locale: Locale, email: string): Promise<string> {
  const context = await newContext(browser, locale);
  const page = await context.newPage();
  await signIn(page, locale, demo.hub_admin);
  const link = await outboxLink(page, locale, email, '/sign-up/confirm');
  await context.close();
  return link;
}

/** Follows a sign-up confirmation link and confirms: the person lands signed in on their home page. */
export async function confirmSignUp(page: Page, locale: Locale, link: string): Promise<void> {
  await page.goto(link);
  await expectPage(page, locale, t(locale, 'auth.confirmSignUp.title'));
  await page.getByRole('button', { name: t(locale, 'auth.confirmSignUp.submit') }).click();
  await page.waitForURL(/\/home$/);
}
