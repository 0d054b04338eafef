import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, expectPage, languageNames, launch, navigate, newContext, outboxLink, password, signIn, t } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('account', () => {
  it('resets a forgotten password through the mailed link', async () => {
    const email = 'priya.raman@mail.example';
    const context = await newContext(browser, 'en');
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: t('en', 'auth.signIn.forgotLink') }).click();
    await expectPage(page, 'en', t('en', 'auth.forgot.title'));
    await page.getByLabel(t('en', 'fields.email'), { exact: true }).fill(email);
    await page.getByRole('button', { name: t('en', 'auth.forgot.submit') }).click();
    await page.getByText(t('en', 'auth.forgot.sent', { email })).waitFor();
    await expectPage(page, 'en', t('en', 'auth.forgot.title'));

    const adminContext = await newContext(browser, 'en');
    const admin = await adminContext.newPage();
    await signIn(admin, 'en', demo.hub_admin);
    const link = await outboxLink(admin, 'en', email, '/reset-password');
    await adminContext.close();

    await page.goto(link);
    await expectPage(page, 'en', t('en', 'auth.reset.title'));
    await page.getByLabel(t('en', 'fields.newPassword'), { exact: true }).fill('a-brand-new-passphrase');
    await page.getByLabel(t('en', 'fields.confirmPassword'), { exact: true }).fill('a-different-passphrase');
    await page.getByRole('button', { name: t('en', 'auth.reset.submit') }).click();
    await page.getByText(t('en', 'validation.passwords_differ')).waitFor();
    await page.getByLabel(t('en', 'fields.confirmPassword'), { exact: true }).fill('a-brand-new-passphrase');
    await page.getByRole('button', { name: t('en', 'auth.reset.submit') }).click();
    await page.getByText(t('en', 'auth.reset.done')).waitFor();
    await expectPage(page, 'en', t('en', 'auth.reset.title'));

    // The link is used up; the new password works.
    await page.goto(link);
    await page.getByRole('button', { name: t('en', 'auth.reset.submit') }).waitFor();
    await page.getByLabel(t('en', 'fields.newPassword'), { exact: true }).fill('yet-another-passphrase');
    await page.getByLabel(t('en', 'fields.confirmPassword'), { exact: true }).fill('yet-another-passphrase');
    await page.getByRole('button', { name: t('en', 'auth.reset.submit') }).click();
    await page.getByText(t('en', 'errors.auth.INVALID_TOKEN')).first().waitFor();
    await signIn(page, 'en', email, 'a-brand-new-passphrase');
    await expectPage(page, 'en', t('en', 'home.title', { name: 'Priya Raman' }));
    await context.close();
  });

  it('keeps the language picked on the sign-in page and saves it on the account', async () => {
    // Ahmed's account is in English; he picks Swedish on the sign-in page.
    const email = 'ahmed.hassan@mail.example';
    const context = await newContext(browser, 'en');
    const page = await context.newPage();
    await page.goto('/sign-in');
    await expectPage(page, 'en', t('en', 'auth.signIn.title'));
    await page
      .getByRole('navigation', { name: t('en', 'nav.language') })
      .getByRole('button', { name: languageNames.sv })
      .click();
    await expectPage(page, 'sv', t('sv', 'auth.signIn.title'));
    await page.getByLabel(t('sv', 'fields.email')).fill(email);
    await page.getByLabel(t('sv', 'fields.password'), { exact: true }).fill(password);
    await page.getByRole('button', { name: t('sv', 'auth.signIn.submit'), exact: true }).click();
    await page.waitForURL(/\/home$/);
    await expectPage(page, 'sv', t('sv', 'home.title', { name: 'Ahmed Hassan' }));
    const me = async () => ((await (await page.request.get('/api/me')).json()) as { locale: string }).locale;
    await expect.poll(me).toBe('sv');
    await context.close();

    // Signing in elsewhere without picking one shows the account's language, now Swedish.
    const other = await newContext(browser, 'fi');
    const otherPage = await other.newPage();
    await otherPage.goto('/sign-in');
    await expectPage(otherPage, 'fi', t('fi', 'auth.signIn.title'));
    await otherPage.getByLabel(t('fi', 'fields.email')).fill(email);
    await otherPage.getByLabel(t('fi', 'fields.password'), { exact: true }).fill(password);
    await otherPage.getByRole('button', { name: t('fi', 'auth.signIn.submit'), exact: true }).click();
    await otherPage.waitForURL(/\/home$/);
    await expectPage(otherPage, 'sv', t('sv', 'home.title', { name: 'Ahmed Hassan' }));
    await other.close();
  });

  it('lists sessions and signs out another device', async () => {
    const email = 'pekka.aaltonen@aurinkorinne.example';
    const phone = await newContext(browser, 'fi', { width: 390, height: 844 });
    const phonePage = await phone.newPage();
    await signIn(phonePage, 'fi', email);
    const desktop = await newContext(browser, 'fi');
    const page = await desktop.newPage();
    await signIn(page, 'fi', email);

    await navigate(page, 'fi', 'nav.account');
    await expectPage(page, 'fi', t('fi', 'account.title'));
    const sessions = page.getByRole('region', { name: t('fi', 'account.sessions.heading') });
    await expect.poll(() => sessions.getByRole('row').count()).toBe(3);
    const other = sessions
      .getByRole('row')
      .filter({ hasNot: page.getByText(t('fi', 'account.sessions.current'), { exact: true }) })
      .nth(1);
    await other.getByRole('button').click();
    await expect.poll(() => sessions.getByRole('row').count()).toBe(2);
    await expectPage(page, 'fi', t('fi', 'account.title'));

    // The phone is signed out: its next page load asks to sign in.
    await phonePage.goto('/account');
    await phonePage.waitForURL(/\/sign-in/);
    await expectPage(phonePage, 'fi', t('fi', 'auth.signIn.title'));
    await phone.close();

    // Profile and password on the same page.
    await page.getByLabel(t('fi', 'fields.name'), { exact: true }).fill('Pekka Aaltonen-Virta');
    await page.getByRole('button', { name: t('fi', 'account.profile.save') }).click();
    await page.getByText(t('fi', 'account.profile.saved')).waitFor();
    await page.getByText(t('fi', 'nav.signedInAs', { name: 'Pekka Aaltonen-Virta' })).waitFor();
    await page.getByLabel(t('fi', 'fields.currentPassword'), { exact: true }).fill('wrong-password-here');
    await page.getByLabel(t('fi', 'fields.newPassword'), { exact: true }).fill('uusi-salasana-2026');
    await page.getByLabel(t('fi', 'fields.confirmPassword'), { exact: true }).fill('uusi-salasana-2026');
    await page.getByRole('button', { name: t('fi', 'account.password.submit') }).click();
    await page.getByText(t('fi', 'errors.auth.INVALID_PASSWORD')).waitFor();
    await expectPage(page, 'fi', t('fi', 'account.title'));
    await desktop.close();
  });
});
