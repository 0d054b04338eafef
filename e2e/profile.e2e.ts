import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeParagraphBomb, makePdf } from '../src/server/test/files';
import { checkA11y, choose, confirmationLink, confirmSignUp, demo, expectPage, launch, navigate, newContext, signIn, t } from './support';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const en = (key: string, values?: Record<string, string | number>) => t('en', key, values);

/** Types into a concept search field and picks the option with exactly this label. */
async function pickConcept(page: Page, fieldName: string, typed: string, label: string) {
  const field = page.getByRole('combobox', { name: fieldName });
  await field.fill(typed);
  await page.getByRole('listbox', { name: fieldName }).getByRole('option', { name: label }).first().click();
}

async function saveSection(page: Page, section: string) {
  await page.getByRole('button', { name: en(`profile.${section}.save`) }).click();
  await page.getByText(en(`profile.${section}.saved`)).waitFor();
}

describe('talent profile', () => {
  it('a Ukrainian civil engineer builds her profile in English, consents, previews the employer view and downloads her data', async () => {
    const context = await newContext(browser, 'en');
    const page = await context.newPage();

    await page.goto('/sign-up');
    await expectPage(page, 'en', en('auth.signUp.title'));
    await page.getByLabel(en('fields.name'), { exact: true }).fill('Iryna Shevchenko');
    await page.getByLabel(en('fields.email'), { exact: true }).fill('iryna.shevchenko@mail.example');
    await page.getByLabel(en('fields.newPassword'), { exact: true }).fill('bridges-of-kharkiv-2026');
    await choose(page, en('fields.homeMunicipality'), 'Espoo');
    await page.getByRole('button', { name: en('auth.signUp.submit') }).click();
    await expectPage(page, 'en', en('auth.signUp.sentTitle'));
    await confirmSignUp(page, 'en', await confirmationLink(browser, 'en', 'iryna.shevchenko@mail.example'));

    await navigate(page, 'en', 'nav.profile');
    await expectPage(page, 'en', en('profile.title'));
    // The missing list names the basic-information fields that still count as missing.
    const missing = page.getByRole('list', { name: en('profile.completeness.missing') });
    const basicsFields = ['permitBasis', 'availableFrom', 'workingTime'].map((f) => en(`profile.basics.${f}`).toLowerCase());
    const basicsPart = en('profile.completeness.partFields', {
      part: en('profile.basics.heading'),
      fields: new Intl.ListFormat('en', { type: 'conjunction' }).format(basicsFields),
    });
    await missing.getByRole('link', { name: basicsPart, exact: true }).waitFor();

    // Basic information, with a client-side check of the year first.
    await page.getByRole('button', { name: en('profile.basics.edit') }).click();
    await page.getByLabel(en('profile.basics.phone')).fill('+358 40 777 1234');
    await page.getByLabel(en('profile.basics.arrivalYear')).fill('22');
    await page.getByRole('button', { name: en('profile.basics.save') }).click();
    await page.getByText(en('errors.form_invalid')).waitFor();
    await checkA11y(page, 'profile basics with errors');
    await page.getByLabel(en('profile.basics.arrivalYear')).fill('2022');
    await page.getByLabel(en('profile.basics.permitBasis')).selectOption({ label: en('profile.permit.temporary_protection') });
    await page.getByLabel(en('profile.basics.availableFrom')).fill('2026-12-01');
    await page.getByLabel(en('profile.basics.workingTime')).selectOption({ label: en('profile.workingTime.full_time') });
    await saveSection(page, 'basics');
    await expect.poll(() => missing.getByRole('link', { name: new RegExp(`^${en('profile.basics.heading')}`) }).count()).toBe(0);

    // Skills found by typing, in English and in Finnish, and one free-text skill.
    await page.getByRole('button', { name: en('profile.skills.edit') }).click();
    await pickConcept(page, en('profile.skills.search'), 'autocad', 'AutoCAD');
    await page.getByText(en('profile.skills.added', { skill: 'AutoCAD' })).waitFor();
    await pickConcept(page, en('profile.skills.search'), 'tekla', 'Tekla Structures');
    await page.getByLabel(en('profile.skills.freeText')).fill('Ukrainian building codes (DBN)');
    await page.getByRole('button', { name: en('profile.skills.addFreeText') }).click();
    await checkA11y(page, 'profile skills form');
    await saveSection(page, 'skills');
    const skills = page.getByRole('region', { name: en('profile.skills.heading') });
    await skills.getByText('Tekla Structures').waitFor();
    await skills.getByText(en('profile.skills.notLinked')).waitFor();

    // CEFR levels.
    await page.getByRole('button', { name: en('profile.languages.edit') }).click();
    // The picker lists each language once by name: the clients' common ones first, then A to Z.
    const offered = await page.locator('#languages-another option:not([value=""])').allTextContents();
    expect(offered.filter((l) => !['Finnish', 'Swedish', 'English'].includes(l)).slice(0, 6)).toEqual([
      'Ukrainian',
      'Russian',
      'Arabic',
      'Somali',
      'Estonian',
      'Persian',
    ]);
    expect(new Set(offered).size).toBe(offered.length);
    expect(offered.filter((l) => /^[A-Z][a-z]$/.test(l))).toEqual([]);
    const rest = offered.slice(offered.indexOf('Persian') + 1);
    expect(rest).toEqual([...rest].sort(new Intl.Collator('en-GB').compare));
    await page.getByLabel('Finnish', { exact: true }).selectOption({ label: en('profile.cefr.A2') });
    await page.getByLabel('English', { exact: true }).selectOption({ label: en('profile.cefr.C1') });
    await page.getByLabel(en('profile.languages.another')).selectOption({ label: 'Ukrainian' });
    await page.getByRole('button', { name: en('profile.languages.add') }).click();
    await page.getByLabel('Ukrainian', { exact: true }).selectOption({ label: en('profile.cefr.native') });
    await saveSection(page, 'languages');
    await page
      .getByRole('region', { name: en('profile.languages.heading') })
      .getByText(en('profile.cefr.A2'))
      .waitFor();

    // A hostile DOCX (1.5 million empty paragraphs) is refused with a translated message.
    await page.getByLabel(en('profile.cv.fileLabel')).setInputFiles({ name: 'big.docx', mimeType: docxType, buffer: makeParagraphBomb() });
    await page.getByRole('button', { name: en('profile.cv.upload') }).click();
    await page.getByText(en('errors.upload.too_complex')).waitFor();
    await checkA11y(page, 'profile after a refused CV');

    // A CV: skills are suggested from it and accepted one by one.
    const cv = await makePdf([
      'Iryna Shevchenko - civil engineer',
      'Structural design of residential buildings in Revit and AutoCAD.',
      'Building information modelling (BIM) coordination with architects.',
    ]);
    await page.getByLabel(en('profile.cv.fileLabel')).setInputFiles({ name: 'Iryna-CV.pdf', mimeType: 'application/pdf', buffer: cv });
    await page.getByRole('button', { name: en('profile.cv.upload') }).click();
    const suggestions = page.getByRole('region', { name: en('profile.suggestions.heading') });
    await suggestions.waitFor();
    await checkA11y(page, 'profile with CV suggestions');
    await suggestions.getByRole('button', { name: en('profile.suggestions.acceptLabel', { item: 'Revit' }) }).click();
    await page.getByText(en('profile.suggestions.acceptedSkill', { item: 'Revit' })).waitFor();
    await skills.getByText('Revit', { exact: true }).waitFor();
    expect(await suggestions.getByRole('button', { name: en('profile.suggestions.acceptLabel', { item: 'Revit' }) }).count()).toBe(0);
    await page
      .getByRole('region', { name: en('profile.cv.heading') })
      .getByText('Iryna-CV.pdf')
      .waitFor();

    // Consent to employer visibility.
    await navigate(page, 'en', 'nav.privacy');
    await expectPage(page, 'en', en('privacy.title'));
    const consentName = en('privacy.consent.name.employer_visibility');
    await page.getByRole('button', { name: en('privacy.consent.giveLabel', { consent: consentName }) }).click();
    await page.getByText(en('privacy.consent.given', { consent: consentName })).waitFor();
    await page.getByRole('button', { name: en('privacy.consent.withdrawLabel', { consent: consentName }) }).waitFor();
    await checkA11y(page, 'privacy with consent');

    // The employer view: skills and languages, no name or contact details.
    await page.getByRole('link', { name: en('privacy.consents.employerViewLink') }).click();
    await expectPage(page, 'en', en('profile.employerView.title'));
    await page.getByRole('heading', { name: /^Candidate [A-Z0-9]{4}-[A-Z0-9]{4}$/ }).waitFor();
    const main = await page.getByRole('main').innerText();
    expect(main).toContain('Revit');
    expect(main).toContain('AutoCAD');
    for (const hidden of ['Shevchenko', 'iryna.shevchenko@mail.example', '777 1234']) expect(main).not.toContain(hidden);

    // Download all my data.
    await navigate(page, 'en', 'nav.privacy');
    await expectPage(page, 'en', en('privacy.title'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: en('privacy.data.json') }).click(),
    ]);
    const data = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(data.tables.auth_user[0].name).toBe('Iryna Shevchenko');
    expect(data.tables.talent_skill.map((s: { label: string }) => s.label)).toEqual(
      expect.arrayContaining(['AutoCAD', 'Tekla Structures', 'Ukrainian building codes (DBN)']),
    );
    expect(data.tables.consent[0]).toMatchObject({ kind: 'employer_visibility' });
    expect(data.tables.talent_cv[0]).toMatchObject({ fileName: 'Iryna-CV.pdf' });
    await context.close();
  });

  it('a counsellor finds a client who shares her profile, in Finnish; a Swedish-speaking talent sees hers', async () => {
    const context = await newContext(browser, 'fi');
    const page = await context.newPage();
    await signIn(page, 'fi', demo.counsellor);
    await navigate(page, 'fi', 'nav.clients');
    await expectPage(page, 'fi', t('fi', 'clients.title'));
    // She shares her profile with the hub's counsellors; the city holds no case for her.
    await page.getByRole('link', { name: t('fi', 'guidance.caseload.scope.shared') }).click();
    await page.getByRole('heading', { name: t('fi', 'guidance.caseload.heading.shared') }).waitFor();
    await page.getByLabel(t('fi', 'clients.search.field')).fill('Melnyk');
    await page.getByRole('link', { name: 'Oksana Melnyk' }).click();
    await page.getByRole('heading', { level: 1, name: /Oksana Melnyk/ }).waitFor();
    await checkA11y(page, 'client profile fi');
    await context.close();

    const sv = await newContext(browser, 'sv', { width: 390, height: 844 });
    const phone = await sv.newPage();
    await signIn(phone, 'sv', 'oksana.melnyk@mail.example');
    await phone.goto('/profile');
    await expectPage(phone, 'sv', t('sv', 'profile.title'));
    await phone.getByRole('region', { name: t('sv', 'profile.skills.heading') }).waitFor();
    await phone.goto('/privacy');
    await expectPage(phone, 'sv', t('sv', 'privacy.title'));
    await sv.close();
  });
});
