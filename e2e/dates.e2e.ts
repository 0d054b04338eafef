import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, demo, expectPage, launch, navigate, newContext, signIn, t } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const fi = (key: string, values?: Record<string, string | number>) => t('fi', key, values);
const en = (key: string, values?: Record<string, string | number>) => t('en', key, values);

describe('the date field', () => {
  it('takes a Finnish date in the outcome form, and says what is wrong with one that does not exist (fi)', async () => {
    const context = await newContext(browser, 'fi');
    const page = await context.newPage();
    await signIn(page, 'fi', demo.counsellor);
    await navigate(page, 'fi', 'nav.clients');
    await expectPage(page, 'fi', fi('clients.title'));
    await page.getByRole('link', { name: 'Amina Yusuf' }).click();
    await expectPage(page, 'fi', 'Amina Yusuf');

    await page.getByRole('button', { name: fi('guidance.outcomes.newHeading') }).click();
    await page.getByLabel(fi('guidance.outcomes.kind'), { exact: true }).selectOption({ label: fi('guidance.outcome.studies') });
    const date = page.getByLabel(fi('guidance.outcomes.date'), { exact: true });
    // The field starts at today, written the Finnish way, and says how to write a date.
    expect(await date.inputValue()).toMatch(/^\d{1,2}\.\d{1,2}\.\d{4}$/);
    const hintId = 'outcome-date-hintText';
    expect(await page.locator(`#${hintId}`).innerText()).toContain('p.k.vvvv');
    expect(await date.getAttribute('aria-describedby')).toContain(hintId);

    // 31 February does not exist: the field says so, tied to the input.
    await date.fill('31.2.2026');
    await page.getByRole('button', { name: fi('guidance.outcomes.save') }).click();
    await page.locator('#outcome-date-statusText', { hasText: fi('validation.invalid_date') }).waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await date.getAttribute('aria-describedby')).toContain('outcome-date-statusText');
    await checkA11y(page, 'outcome form with a date that does not exist');

    await date.fill('6.12.2026');
    await page.getByRole('button', { name: fi('guidance.outcomes.save') }).click();
    await page.getByText(fi('guidance.outcomes.saved')).waitFor();
    await page
      .locator('.outcome-list li', { hasText: fi('guidance.outcome.studies') })
      .filter({ hasText: '6.12.2026' })
      .waitFor();
    await checkA11y(page, 'outcome recorded with a Finnish date');
    await context.close();
  });

  it('takes day/month/year in English, typed or picked, in the talent’s own plan (en)', async () => {
    const context = await newContext(browser, 'en');
    const page = await context.newPage();
    await signIn(page, 'en', demo.talent);
    await navigate(page, 'en', 'nav.myPath');
    await expectPage(page, 'en', en('guidance.my.title'));

    await page.getByRole('button', { name: en('guidance.plan.newGoal') }).click();
    const target = page.getByRole('textbox', { name: en('guidance.plan.targetDate') });
    await page.getByLabel(en('guidance.plan.goalTitle'), { exact: true }).fill('Finnish course, level A2');

    // The picker: a dialog in English; a day picked is written day/month/year.
    const pickerButton = page.getByRole('button', { name: 'Choose date' });
    await pickerButton.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Close', exact: true }).waitFor();
    await checkA11y(page, 'date picker open');
    const today = new Date();
    await dialog.getByRole('button', { name: new RegExp(`^15 \\w+ \\w+ ${today.getFullYear()}`) }).click();
    await expect.poll(() => target.inputValue()).toBe(`15/${today.getMonth() + 1}/${today.getFullYear()}`);
    expect(await dialog.isVisible()).toBe(false);

    // Typed: 31/1/2027 is 31 January, not a month 31.
    await target.fill('31/1/2027');
    await page.getByRole('button', { name: en('guidance.plan.addGoal') }).click();
    const goal = page.locator('.plan-goal', { hasText: 'Finnish course, level A2' });
    await goal.getByText(en('guidance.plan.target', { date: '31 Jan 2027' }), { exact: false }).waitFor();
    await checkA11y(page, 'goal with a target date');
    await context.close();
  });
});
