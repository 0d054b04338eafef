import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../src/shared/locales';
import { walkInTopics } from '../src/shared/guidance';
import { checkA11y, demo, expectPage, launch, newContext, signIn, t } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab until the element with this id has the focus (the way a keyboard user gets there). */
async function tabTo(page: Page, id: string) {
  for (let i = 0; i < 60; i++) {
    if ((await focusedId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

async function press(page: Page, key: string, times: number) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Today's walk-ins at a point so far, as the figures tell (the count the adviser is told continues from it). */
async function countToday(page: Page, pointId: string): Promise<number> {
  const day = today();
  const res = await page.request.get(`/api/walk-ins/figures?from=${day}&to=${day}&servicePointId=${pointId}`);
  return ((await res.json()) as { points: { total: { total: number } }[] }).points[0]!.total.total;
}

/** The first service point offered to the adviser: one of their own organisation's. */
async function firstPoint(page: Page): Promise<{ id: string; name: string }> {
  const res = await page.request.get('/api/service-points');
  return ((await res.json()) as { items: { id: string; name: string }[] }).items[0]!;
}

/** Opens the walk-in page and chooses the first service point from the keyboard; returns it. */
async function openForm(page: Page, locale: Locale) {
  await page.goto('/walk-ins');
  await expectPage(page, locale, t(locale, 'walkins.log.title'));
  const point = await firstPoint(page);
  await tabTo(page, 'walkin-point');
  await page.keyboard.press('ArrowDown');
  expect(await page.locator('#walkin-point').inputValue()).toBe(point.id);
  return point;
}

/** How many of the form's language and age group choices are checked. */
const checkedChoices = (page: Page) => page.locator('input[name="walkin-language"]:checked, input[name="walkin-age"]:checked').count();

/**
 * One walk-in from the keyboard, starting with the focus on the first topic: a topic (Space),
 * a language and an age group (Space for the first, Arrow keys for another), the two outcomes,
 * and Enter to save.
 */
async function logOne(page: Page, i: number) {
  const k = i % walkInTopics.length;
  await press(page, 'Tab', k);
  await page.keyboard.press('Space');
  await press(page, 'Tab', walkInTopics.length - k);
  const language = i % 4;
  if (language === 0) await page.keyboard.press('Space');
  else await press(page, 'ArrowDown', language);
  await page.keyboard.press('Tab');
  const age = i % 6;
  if (age === 0) await page.keyboard.press('Space');
  else await press(page, 'ArrowDown', age);
  await page.keyboard.press('Tab');
  if (i % 3 === 0) await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  if (i % 2 === 0) await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
}

describe('anonymous walk-ins', () => {
  it('an adviser logs twelve walk-ins in a row from the keyboard in Finnish, corrects and deletes one, and the figures show them', async () => {
    const fi = (key: string, values?: Record<string, string | number>) => t('fi', key, values);
    const context = await newContext(browser, 'fi');
    const page = await context.newPage();
    await signIn(page, 'fi', demo.counsellor);
    const point = await openForm(page, 'fi');
    const before = await countToday(page, point.id);

    // Enter with nothing chosen: the form says what is missing, and saves nothing.
    await page.keyboard.press('Enter');
    await page.getByText(fi('walkins.field.topicsRequired')).waitFor();
    await checkA11y(page, 'walk-in form with errors');
    expect(await countToday(page, point.id)).toBe(before);

    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe(`walkin-topic-${walkInTopics[0]}`);
    const status = page.locator('#walkin-status');
    for (let i = 0; i < 12; i++) {
      const started = Date.now();
      await logOne(page, i);
      const saved = fi('walkins.log.saved', { count: before + i + 1, point: point.name });
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe(saved);
      await expect.poll(() => focusedId(page)).toBe(`walkin-topic-${walkInTopics[0]}`);
      // Nothing of this visitor is left for the next one; the service point stays.
      expect(await checkedChoices(page)).toBe(0);
      expect(await page.locator('input[id^="walkin-topic-"]:checked, #walkin-referral:checked, #walkin-next-step:checked').count()).toBe(0);
      expect(await page.locator('#walkin-point').inputValue()).toBe(point.id);
      console.log(`walk-in ${i + 1}: ${Date.now() - started} ms`);
      if (i === 0) await checkA11y(page, 'walk-in saved');
    }
    await expect.poll(() => page.locator('table.walkins-mine tbody tr').count()).toBe(12);
    await checkA11y(page, 'twelve walk-ins logged');
    expect(await countToday(page, point.id)).toBe(before + 12);

    // The newest entry is corrected from the keyboard (a topic added), then deleted.
    const newest = page.locator('table.walkins-mine tbody tr').first();
    const time = (await newest.locator('td').first().textContent()) ?? '';
    const correctId = (await newest.locator('button[id^="walkin-correct-"]').getAttribute('id')) ?? '';
    await tabTo(page, correctId);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe(`walkin-topic-${walkInTopics[0]}`);
    await page.getByText(fi('walkins.log.correcting', { time })).waitFor();
    await checkA11y(page, 'correcting a walk-in');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toBe(fi('walkins.log.corrected', { time }));
    await expect.poll(() => newest.locator('td').nth(2).textContent()).toContain(fi('walkins.topic.job_search'));
    expect(await countToday(page, point.id)).toBe(before + 12);
    // Deleting asks first; Enter on the delete button moves to the confirm button, Enter deletes.
    await tabTo(page, correctId.replace('correct', 'delete'));
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe(`${correctId.replace('correct', 'delete')}-confirm`);
    await page.getByText(fi('walkins.mine.deleteQuestion', { time })).waitFor();
    await checkA11y(page, 'walk-in deletion to confirm');
    expect(await page.locator('table.walkins-mine tbody tr').count()).toBe(12);
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toBe(fi('walkins.mine.deleted', { time }));
    await expect.poll(() => page.locator('table.walkins-mine tbody tr').count()).toBe(11);
    expect(await countToday(page, point.id)).toBe(before + 11);

    await page.goto('/walk-ins/figures');
    await expectPage(page, 'fi', fi('walkins.figures.title'));
    const row = page.locator('#figures-days tr', { has: page.locator(`time[datetime="${today()}"]`) });
    await expect.poll(() => row.locator('td').first().textContent()).toBe(String(before + 11));
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toContain(point.name);
    await checkA11y(page, 'walk-in figures');
    await context.close();
  });

  it('an International House adviser who is also a hub administrator logs a walk-in in Swedish and manages the service points', async () => {
    const sv = (key: string, values?: Record<string, string | number>) => t('sv', key, values);
    const context = await newContext(browser, 'sv');
    const page = await context.newPage();
    await signIn(page, 'sv', 'maria.svensson@ihespoo.example');
    const point = await openForm(page, 'sv');
    const before = await countToday(page, point.id);
    await page.keyboard.press('Tab');
    await logOne(page, 0);
    await expect
      .poll(() => page.locator('#walkin-status').textContent(), { timeout: 10_000 })
      .toBe(sv('walkins.log.saved', { count: before + 1, point: point.name }));
    await checkA11y(page, 'walk-in saved in Swedish');

    await page.goto('/admin/service-points');
    await expectPage(page, 'sv', sv('walkins.admin.title'));
    await page
      .getByRole('table', { name: sv('walkins.admin.caption') })
      .getByText(point.name)
      .waitFor();
    await page.getByLabel(sv('walkins.admin.name'), { exact: true }).fill('Serviceställe Mattby');
    await page
      .getByLabel(sv('walkins.admin.organisation'), { exact: true })
      .selectOption({ label: 'International House Espoo – palvelupiste' });
    await page.getByRole('button', { name: sv('walkins.admin.add') }).click();
    await page.getByText(sv('walkins.admin.added', { name: 'Serviceställe Mattby' })).waitFor();
    await checkA11y(page, 'service point added');

    await page.goto('/walk-ins/figures');
    await expectPage(page, 'sv', sv('walkins.figures.title'));
    await page.locator('#figures-days').waitFor();
    await checkA11y(page, 'walk-in figures in Swedish');
    await context.close();
  });
});
