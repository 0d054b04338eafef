import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../src/shared/locales';
import { checkA11y, demo, expectPage, launch, navigate, newContext, signIn, t } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const path = '/skills-and-occupations';

/** Types into the occupation field and chooses `label` with the arrow keys and Enter only. */
async function chooseWithKeyboard(page: Page, locale: Locale, typed: string, label: string, matched: string) {
  const field = page.getByRole('combobox', { name: t(locale, 'taxonomy.page.occupationLabel') });
  await field.focus();
  await page.keyboard.type(typed);
  const listbox = page.getByRole('listbox', { name: t(locale, 'taxonomy.page.occupationLabel') });
  const option = listbox.getByRole('option', { name: label }).first();
  await option.waitFor();
  expect(await field.getAttribute('aria-expanded')).toBe('true');
  expect(await field.getAttribute('aria-controls')).toBe(await listbox.getAttribute('id'));
  // What was typed is shown when it is not the option's label.
  await option.getByText(t(locale, 'taxonomy.search.matched', { label: matched })).waitFor();
  await settled(page, locale, field, t(locale, 'taxonomy.page.occupationLabel'));
  await option.getByText(t(locale, 'taxonomy.search.matched', { label: matched })).waitFor();
  const count = await listbox.getByRole('option').count();
  await checkA11y(page, `${path} suggestions ${locale}`);
  const optionId = await option.getAttribute('id');
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('ArrowDown');
    if ((await field.getAttribute('aria-activedescendant')) === optionId) break;
  }
  expect(await option.getAttribute('aria-selected')).toBe('true');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\?uri=/);
  expect(await field.getAttribute('aria-expanded')).toBe('false');
  expect(await field.inputValue()).toBe(label);
}

/**
 * Waits until the suggestions for what was typed are in (the field announces their number),
 * and checks that the announcement matches the options shown.
 */
async function settled(page: Page, locale: Locale, field: Locator, listName: string) {
  const status = page.locator('.concept-field', { has: field }).getByRole('status');
  await expect.poll(() => status.textContent(), { timeout: 10_000 }).not.toBe('');
  const count = await page.getByRole('listbox', { name: listName }).getByRole('option').count();
  expect(await status.textContent()).toBe(t(locale, 'taxonomy.search.results', { count }));
}

function card(page: Page) {
  return page.locator('section.concept-card');
}

async function expectNames(page: Page, locale: Locale, names: Record<Locale, string>) {
  const c = card(page);
  await c.getByRole('heading', { level: 2, name: names[locale] }).waitFor();
  for (const l of ['fi', 'sv', 'en'] as const) {
    const term = c.locator('dt', { hasText: t(locale, 'taxonomy.card.language', { lang: l }) });
    expect(await term.locator('xpath=following-sibling::dd[1]').textContent()).toBe(names[l]);
  }
}

describe('skills and occupations', () => {
  it('finds a Finnish occupation name in the English UI, with the keyboard, and opens its skills', async () => {
    const context = await newContext(browser, 'en');
    const page = await context.newPage();
    await page.goto('/');
    await navigate(page, 'en', 'nav.skillsAndOccupations');
    await expectPage(page, 'en', t('en', 'taxonomy.page.title'));
    // The demo taxonomy says so, and that real deployments use ESCO.
    await page.getByText(t('en', 'taxonomy.source.demo')).first().waitFor();
    expect(await page.getByText(t('en', 'taxonomy.source.esco')).count()).toBe(0);

    await chooseWithKeyboard(page, 'en', 'ohjelmistokehittäjä', 'software developer', 'ohjelmistokehittäjä');
    await expectNames(page, 'en', { fi: 'ohjelmistokehittäjä', sv: 'mjukvaruutvecklare', en: 'software developer' });
    const essential = card(page).getByRole('heading', { level: 3, name: /^Essential skills/ });
    await essential.waitFor();
    await card(page).getByRole('link', { name: 'Python' }).waitFor();
    await checkA11y(page, `${path} occupation card en`);

    // A skill opens its own card; the focus moves to its name; back returns to the occupation.
    await card(page).getByRole('link', { name: 'Python' }).click();
    await card(page).getByRole('heading', { level: 2, name: 'Python' }).waitFor();
    await card(page).getByText(t('en', 'taxonomy.kind.skill'), { exact: true }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('concept-title');
    expect(new URL(page.url()).searchParams.get('uri')).toMatch(/skill/);
    await checkA11y(page, `${path} skill card en`);
    await page.goBack();
    await card(page).getByRole('heading', { level: 2, name: 'software developer' }).waitFor();

    // Escape closes the suggestions and then empties the field.
    const skill = page.getByRole('combobox', { name: t('en', 'taxonomy.page.skillLabel') });
    await skill.fill('pro');
    const skillOptions = page.getByRole('listbox', { name: t('en', 'taxonomy.page.skillLabel') }).getByRole('option');
    await skillOptions.first().waitFor();
    await settled(page, 'en', skill, t('en', 'taxonomy.page.skillLabel'));
    // Home and End move to the first and last suggestion; Up from the first wraps to the last.
    await page.keyboard.press('End');
    expect(await skill.getAttribute('aria-activedescendant')).toBe(await skillOptions.last().getAttribute('id'));
    await page.keyboard.press('Home');
    expect(await skill.getAttribute('aria-activedescendant')).toBe(await skillOptions.first().getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    expect(await skill.getAttribute('aria-activedescendant')).toBe(await skillOptions.last().getAttribute('id'));
    await page.keyboard.press('Escape');
    expect(await skill.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Escape');
    expect(await skill.inputValue()).toBe('');

    // Finding concepts in a text needs an account.
    await page
      .getByRole('region', { name: t('en', 'taxonomy.link.heading') })
      .getByRole('link', { name: t('en', 'taxonomy.link.signIn') })
      .waitFor();
    await context.close();
  });

  it('finds a Swedish name in the Finnish UI', async () => {
    const context = await newContext(browser, 'fi', { width: 390, height: 844 });
    const page = await context.newPage();
    await page.goto(path);
    await expectPage(page, 'fi', t('fi', 'taxonomy.page.title'));
    await chooseWithKeyboard(page, 'fi', 'sjuksköterska', 'sairaanhoitaja', 'sjuksköterska');
    await expectNames(page, 'fi', { fi: 'sairaanhoitaja', sv: 'sjuksköterska', en: 'registered nurse' });
    await card(page).getByRole('link', { name: 'lääkehoidon toteuttaminen' }).waitFor();
    await page.getByText(t('fi', 'taxonomy.source.demo')).first().waitFor();
    await checkA11y(page, `${path} occupation card fi`);
    // The card can be shared: the link opens the same card.
    const shared = page.url();
    const other = await context.newPage();
    await other.goto(shared);
    await card(other).getByRole('heading', { level: 2, name: 'sairaanhoitaja' }).waitFor();
    await context.close();
  });

  it('finds an English name in the Swedish UI', async () => {
    const context = await newContext(browser, 'sv');
    const page = await context.newPage();
    await page.goto(path);
    await expectPage(page, 'sv', t('sv', 'taxonomy.page.title'));
    await chooseWithKeyboard(page, 'sv', 'nurse', 'sjuksköterska', 'nurse');
    await expectNames(page, 'sv', { fi: 'sairaanhoitaja', sv: 'sjuksköterska', en: 'registered nurse' });
    await card(page)
      .getByRole('heading', { level: 3, name: t('sv', 'taxonomy.card.essentialSkills', { count: 10 }) })
      .waitFor();
    await checkA11y(page, `${path} occupation card sv`);
    await context.close();
  });

  it('finds skills and occupations in a Finnish job ad for a signed-in talent', async () => {
    const context = await newContext(browser, 'fi');
    const page = await context.newPage();
    await signIn(page, 'fi', demo.talent);
    await page.goto(path);
    await expectPage(page, 'fi', t('fi', 'taxonomy.page.title'));
    const section = page.getByRole('region', { name: t('fi', 'taxonomy.link.heading') });
    // An empty text is reported at the field.
    await section.getByRole('button', { name: t('fi', 'taxonomy.link.submit') }).click();
    await section.getByText(t('fi', 'validation.required')).waitFor();
    await checkA11y(page, `${path} link empty fi`);

    const ad =
      'Haemme sairaanhoitajaa Espooseen. Tehtäviin kuuluu lääkehoito ja potilaan perushoito. Edellytämme hyvää suomen kielen taitoa.';
    await section.getByLabel(t('fi', 'taxonomy.link.textLabel'), { exact: true }).fill(ad);
    await section.getByRole('button', { name: t('fi', 'taxonomy.link.submit') }).click();
    await section
      .getByRole('status')
      .filter({ hasText: /Tekstistä löytyi/ })
      .waitFor();
    const marks = await section.locator('.linked-text mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['sairaanhoitajaa', 'lääkehoito', 'potilaan perushoito']));

    const skills = section.getByRole('region', { name: t('fi', 'taxonomy.link.skills') });
    const medication = skills.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'lääkehoidon toteuttaminen' }) });
    expect(await medication.locator('mark').textContent()).toBe('lääkehoito');
    const occupations = section.getByRole('region', { name: t('fi', 'taxonomy.link.occupations') });
    await occupations.getByRole('link', { name: 'sairaanhoitaja', exact: true }).waitFor();
    await checkA11y(page, `${path} linked fi`);

    // A found concept opens its card.
    await skills.getByRole('link', { name: 'potilaan perushoito' }).click();
    await card(page).getByRole('heading', { level: 2, name: 'potilaan perushoito' }).waitFor();
    await context.close();
  });
});
