import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../src/shared/locales';
import { choose, confirmSignUp, confirmationLink, expectPage, launch, newContext, t } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The text a screen reader reads as the field's description (aria-describedby). */
async function description(page: Page, field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) =>
        page
          .locator(`[id="${id}"]`)
          .innerText()
          .catch(() => ''),
      ),
  );
  return texts.join(' ');
}

/** After sending the form: the page asks to check the mail, whatever the address. */
async function expectCheckMail(page: Page, locale: Locale, email: string): Promise<void> {
  await page
    .getByRole('status')
    .getByText(t(locale, 'auth.signUp.sent', { email }))
    .waitFor();
  await expectPage(page, locale, t(locale, 'auth.signUp.sentTitle'));
}

describe('sign up', () => {
  it('as an international professional, in English', async () => {
    const context = await newContext(browser, 'en');
    const page = await context.newPage();
    await page.goto('/');
    await expectPage(page, 'en', t('en', 'landing.title'));
    await page.getByRole('link', { name: t('en', 'landing.signUp') }).click();
    await expectPage(page, 'en', t('en', 'auth.signUp.title'));

    // Empty form: messages next to the fields, linked to them.
    await page.getByRole('button', { name: t('en', 'auth.signUp.submit') }).click();
    await page.getByText(t('en', 'errors.form_invalid')).waitFor();
    const name = page.getByLabel(t('en', 'fields.name'), { exact: true });
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await description(page, name)).toContain(t('en', 'validation.required'));
    await expectPage(page, 'en', t('en', 'auth.signUp.title'));

    expect(await page.getByRole('radio', { name: t('en', 'auth.signUp.roleTalent') }).isChecked()).toBe(true);
    await name.fill('Oleksandr Bondarenko');
    await page.getByLabel(t('en', 'fields.email'), { exact: true }).fill('oleksandr.bondarenko@mail.example');
    const pw = page.getByLabel(t('en', 'fields.newPassword'), { exact: true });
    await pw.fill('short');
    await choose(page, t('en', 'fields.homeMunicipality'), 'Espoo');
    await page.getByRole('button', { name: t('en', 'auth.signUp.submit') }).click();
    await page.getByText(t('en', 'validation.too_small', { minimum: 10 })).waitFor();
    expect(await description(page, pw)).toContain(t('en', 'validation.too_small', { minimum: 10 }));
    await pw.fill('civil-engineer-in-espoo');
    await page.getByRole('button', { name: t('en', 'auth.signUp.submit') }).click();
    await expectCheckMail(page, 'en', 'oleksandr.bondarenko@mail.example');

    // The account is created by the link in the confirmation mail, which signs the person in.
    const link = await confirmationLink(browser, 'en', 'oleksandr.bondarenko@mail.example');
    await confirmSignUp(page, 'en', link);
    await expectPage(page, 'en', t('en', 'home.title', { name: 'Oleksandr Bondarenko' }));
    await page.getByRole('heading', { level: 2, name: t('en', 'home.talent.heading') }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: t('en', 'home.employer.heading') }).count()).toBe(0);

    // The link works once: a second use is refused, translated.
    await page.getByRole('button', { name: t('en', 'nav.signOut') }).click();
    await expectPage(page, 'en', t('en', 'landing.title'));
    await page.goto(link);
    await expectPage(page, 'en', t('en', 'auth.confirmSignUp.title'));
    await page.getByRole('button', { name: t('en', 'auth.confirmSignUp.submit') }).click();
    await page.getByRole('alert').getByText(t('en', 'errors.signup.link_invalid')).waitFor();
    await expectPage(page, 'en', t('en', 'auth.confirmSignUp.title'));

    // Signing up again with a registered address looks the same as with a new one; the owner is told by mail.
    await page.goto('/sign-up');
    await expectPage(page, 'en', t('en', 'auth.signUp.title'));
    await page.getByLabel(t('en', 'fields.name'), { exact: true }).fill('Oleksandr B.');
    await page.getByLabel(t('en', 'fields.email'), { exact: true }).fill('Oleksandr.Bondarenko@mail.example');
    await page.getByLabel(t('en', 'fields.newPassword'), { exact: true }).fill('another-long-password');
    await choose(page, t('en', 'fields.homeMunicipality'), 'Espoo');
    await page.getByRole('button', { name: t('en', 'auth.signUp.submit') }).click();
    await expectCheckMail(page, 'en', 'oleksandr.bondarenko@mail.example');
    await context.close();
  });

  it('as an employer, in Finnish, with a Business ID', async () => {
    const context = await newContext(browser, 'fi');
    const page = await context.newPage();
    await page.goto('/sign-up');
    await expectPage(page, 'fi', t('fi', 'auth.signUp.title'));
    await page.getByRole('radio', { name: t('fi', 'auth.signUp.roleEmployer') }).check({ force: true });
    await page.getByLabel(t('fi', 'fields.name'), { exact: true }).fill('Minna Virtanen');
    await page.getByLabel(t('fi', 'fields.email'), { exact: true }).fill('minna.virtanen@pikkupaja.example');
    await page.getByLabel(t('fi', 'fields.newPassword'), { exact: true }).fill('pikkupaja-rekrytoi-2026');
    await choose(page, t('fi', 'fields.homeMunicipality'), 'Vantaa');
    await page.getByLabel(t('fi', 'fields.organisationName'), { exact: true }).fill('Pikkupaja Oy');
    const businessId = page.getByLabel(t('fi', 'fields.businessId'), { exact: true });
    await businessId.fill('1234567-8');
    await page.getByRole('button', { name: t('fi', 'auth.signUp.submit') }).click();
    await page.getByText(t('fi', 'validation.business_id_checksum')).waitFor();
    expect(await description(page, businessId)).toContain(t('fi', 'validation.business_id_checksum'));
    expect(await businessId.getAttribute('aria-invalid')).toBe('true');
    await expectPage(page, 'fi', t('fi', 'auth.signUp.title'));

    await businessId.fill('1618033-3');
    await page.getByRole('button', { name: t('fi', 'auth.signUp.submit') }).click();
    await expectCheckMail(page, 'fi', 'minna.virtanen@pikkupaja.example');
    await confirmSignUp(page, 'fi', await confirmationLink(browser, 'fi', 'minna.virtanen@pikkupaja.example'));
    await expectPage(page, 'fi', t('fi', 'home.title', { name: 'Minna Virtanen' }));
    await page.getByRole('heading', { level: 2, name: t('fi', 'home.employer.heading') }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Pikkupaja Oy' }).waitFor();
    await page.getByText('1618033-3').waitFor();

    // Invite a colleague from the home page.
    await page.getByLabel(t('fi', 'fields.colleagueEmail'), { exact: true }).fill('kalle.kollega@pikkupaja.example');
    await page.getByRole('button', { name: t('fi', 'home.employer.inviteSubmit') }).click();
    await page.getByText(t('fi', 'home.employer.inviteSent', { email: 'kalle.kollega@pikkupaja.example' })).waitFor();
    await expectPage(page, 'fi', t('fi', 'home.title', { name: 'Minna Virtanen' }));
    await context.close();
  });
});
