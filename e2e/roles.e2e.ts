import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales, type Locale } from '../src/shared/locales';
import { demo, expectPage, languageNames, launch, mainNav, newContext, signIn, t } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const homes = {
  talent: { name: 'Olena Kovalenko', heading: 'home.talent.heading', admin: false },
  employer: { name: 'Jari Kiviranta', heading: 'home.employer.heading', admin: false },
  counsellor: { name: 'Sanna Korhonen', heading: 'home.counsellor.heading', admin: false },
  hub_admin: { name: 'Aino Lehtonen', heading: 'home.admin.heading', admin: true },
} as const;

async function switchTo(page: Page, from: Locale, to: Locale, names: Record<Locale, string>) {
  await page
    .getByRole('navigation', { name: t(from, 'nav.language') })
    .getByRole('button', { name: names[to] })
    .click();
}

describe('each demo role sees its home', () => {
  for (const locale of locales) {
    it(`in ${locale}`, async () => {
      for (const [role, home] of Object.entries(homes) as [keyof typeof homes, (typeof homes)[keyof typeof homes]][]) {
        const context = await newContext(browser, locale);
        const page = await context.newPage();
        await signIn(page, locale, demo[role]);
        await expectPage(page, locale, t(locale, 'home.title', { name: home.name }));
        await page.getByRole('heading', { level: 2, name: t(locale, home.heading) }).waitFor();
        // The navigation offers the audit trail to the administrator only (inside a task group).
        const nav = mainNav(page, locale);
        expect(await nav.getByRole('link', { name: t(locale, 'nav.audit'), includeHidden: true }).count()).toBe(home.admin ? 1 : 0);
        expect(await nav.getByRole('link', { name: t(locale, 'nav.account'), includeHidden: true }).count()).toBe(1);
        if (!home.admin && locale === 'fi') {
          // Administrator pages are not offered and not shown to other roles.
          await page.goto('/admin/organisations');
          await expectPage(page, locale, t(locale, 'notFound.title'));
        }
        await context.close();
      }
    });
  }

  it('remembers a signed-in person’s language choice for the next sign-in', async () => {
    const context = await newContext(browser, 'fi');
    const page = await context.newPage();
    await signIn(page, 'fi', 'laura.niemi@revontuli.example');
    await expectPage(page, 'fi', t('fi', 'home.title', { name: 'Laura Niemi' }));
    await switchTo(page, 'fi', 'sv', languageNames);
    await expectPage(page, 'sv', t('sv', 'home.title', { name: 'Laura Niemi' }));
    await page.reload();
    await expectPage(page, 'sv', t('sv', 'home.title', { name: 'Laura Niemi' }));
    await page.getByRole('button', { name: t('sv', 'nav.signOut') }).click();
    await expectPage(page, 'sv', t('sv', 'landing.title'));
    await context.close();

    // A new browser that was set to English: after sign-in the saved choice (Swedish) wins.
    const other = await newContext(browser, 'en');
    const page2 = await other.newPage();
    await page2.goto('/sign-in');
    await expectPage(page2, 'en', t('en', 'auth.signIn.title'));
    await page2.getByLabel(t('en', 'fields.email'), { exact: true }).fill('laura.niemi@revontuli.example');
    await page2.getByLabel(t('en', 'fields.password'), { exact: true }).fill('TalentHub-demo-2026');
    await page2.getByRole('button', { name: t('en', 'auth.signIn.submit'), exact: true }).click();
    await page2.waitForURL(/\/home$/);
    await expectPage(page2, 'sv', t('sv', 'home.title', { name: 'Laura Niemi' }));
    expect((await other.cookies()).find((c) => c.name === 'talenthub_lang')?.value).toBe('sv');
    await other.close();
  });

  it('shows a wrong password as a translated message', async () => {
    const context = await newContext(browser, 'sv');
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel(t('sv', 'fields.email'), { exact: true }).fill(demo.talent);
    await page.getByLabel(t('sv', 'fields.password'), { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: t('sv', 'auth.signIn.submit'), exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: t('sv', 'errors.auth.INVALID_EMAIL_OR_PASSWORD') })
      .waitFor();
    await expectPage(page, 'sv', t('sv', 'auth.signIn.title'));
    await context.close();
  });
});
