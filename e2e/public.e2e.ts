import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../src/shared/locales';
import { expectPage, launch, newContext, t } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('public pages', () => {
  for (const locale of locales) {
    it(`are accessible and in ${locale}`, async () => {
      const context = await newContext(browser, locale);
      const page = await context.newPage();
      const visits: [string, string][] = [
        ['/', 'landing.title'],
        ['/sign-in', 'auth.signIn.title'],
        ['/sign-up', 'auth.signUp.title'],
        ['/forgot-password', 'auth.forgot.title'],
        ['/reset-password', 'auth.reset.title'],
        ['/invitation?token=not-a-valid-invitation-token', 'invitation.title'],
        ['/accessibility', 'accessibility.title'],
        ['/no-such-page', 'notFound.title'],
        ['/admin/people', 'auth.signIn.title'],
      ];
      for (const [path, key] of visits) {
        await page.goto(path);
        await expectPage(page, locale, t(locale, key));
      }
      // A signed-in page sends an anonymous visitor to sign in and back.
      expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/admin/people');
      // The skip link is the first thing a keyboard reaches.
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: t(locale, 'landing.title') }).waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t(locale, 'nav.skipToContent'));
      await context.close();
    });
  }
});

describe('language switch', () => {
  it('goes fi -> sv -> en and is remembered after reload', async () => {
    const context = await newContext(browser, 'fi');
    const page = await context.newPage();
    await page.goto('/');
    await expectPage(page, 'fi', t('fi', 'landing.title'));
    const nav = page.getByRole('navigation', { name: t('fi', 'nav.language') });
    await nav.getByRole('button', { name: 'Svenska' }).click();
    await expectPage(page, 'sv', t('sv', 'landing.title'));
    expect(
      await page
        .getByRole('main')
        .getByRole('link', { name: t('sv', 'landing.signUp') })
        .count(),
    ).toBe(1);
    await page
      .getByRole('navigation', { name: t('sv', 'nav.language') })
      .getByRole('button', { name: 'English' })
      .click();
    await expectPage(page, 'en', t('en', 'landing.title'));
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

    await page.reload();
    await expectPage(page, 'en', t('en', 'landing.title'));
    const cookie = (await context.cookies()).find((c) => c.name === 'talenthub_lang');
    expect(cookie?.value).toBe('en');
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie!.expires - Date.now() / 1000).toBeGreaterThan(360 * 24 * 3600);
    expect(await page.evaluate(() => localStorage.getItem('talenthub_lang'))).toBe('en');

    // Other pages follow, and the form's validation messages are in the same language.
    await page.goto('/sign-in');
    await expectPage(page, 'en', t('en', 'auth.signIn.title'));
    await page.getByRole('button', { name: t('en', 'auth.signIn.submit'), exact: true }).click();
    await page.getByText(t('en', 'errors.form_invalid')).waitFor();
    await page
      .getByRole('navigation', { name: t('en', 'nav.language') })
      .getByRole('button', { name: 'Suomi' })
      .click();
    await expectPage(page, 'fi', t('fi', 'auth.signIn.title'));
    await context.close();
  });

  it('uses the browser language on a first visit', async () => {
    const context = await browser.newContext({ baseURL: (await import('./support')).baseUrl(), locale: 'sv-FI' });
    const page = await context.newPage();
    await page.goto('/');
    await expectPage(page, 'sv', t('sv', 'landing.title'));
    await context.close();
  });
});
