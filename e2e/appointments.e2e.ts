import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, demo, expectPage, launch, navigate, newContext, signIn, t } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const en = (key: string, values?: Record<string, string | number>) => t('en', key, values);
const fi = (key: string, values?: Record<string, string | number>) => t('fi', key, values);
/** The fixed start of a message with one value, to find it whatever the value is. */
const lead = (locale: 'fi' | 'en', key: string, name = 'slot') => t(locale, key, { [name]: '\u0001' }).split('\u0001')[0]!;

/** Three weeks ahead: clear of the demo region's own appointments. */
const day = (() => {
  const d = new Date(Date.now() + 21 * 24 * 3600 * 1000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
})();
const place = 'Iso Omena, palvelutori, huone 204';
const groupTitle = 'Suomalainen työelämä';

async function publish(page: Page, fill: () => Promise<void>, button: string) {
  await page.getByLabel(en('appointments.form.date'), { exact: true }).fill(day);
  await fill();
  await page.getByRole('button', { name: button, exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: en('appointments.form.published', { count: 1, when: '\u0001' }).split('\u0001')[0]! })
    .waitFor();
}

describe('appointments', () => {
  it('a counsellor publishes a time and a group session; the client books in Finnish, takes the calendar file, cancels, books again; attendance is marked', async () => {
    const context = await newContext(browser, 'en');
    const page = await context.newPage();
    await signIn(page, 'en', demo.counsellor);
    await navigate(page, 'en', 'appointments.nav.schedule');
    await expectPage(page, 'en', en('appointments.schedule.title'));

    // An empty form is refused field by field.
    await page.getByRole('button', { name: en('appointments.form.publish'), exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: en('errors.form_invalid') })
      .waitFor();
    expect(await page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
    await checkA11y(page, 'schedule form with errors');

    await publish(
      page,
      async () => {
        await page.getByLabel(en('appointments.form.time'), { exact: true }).fill('11:15');
        await page.getByLabel(en('appointments.form.place'), { exact: true }).fill(place);
      },
      en('appointments.form.publish'),
    );
    const slot = page.getByRole('article', { name: `11:15–12:00 ${en('appointments.mode.in_person')}` });
    await slot.waitFor();
    await page.getByText(en('appointments.kind.group'), { exact: true }).click();
    await publish(
      page,
      async () => {
        await page.getByLabel(en('appointments.form.title'), { exact: true }).fill(groupTitle);
        await page.getByLabel(en('appointments.form.capacity'), { exact: true }).fill('20');
        await page.getByLabel(en('appointments.form.time'), { exact: true }).fill('13:00');
        await page
          .getByLabel(en('appointments.form.duration'), { exact: true })
          .selectOption({ label: en('appointments.form.minutes', { count: 120 }) });
        await page.getByLabel(en('appointments.form.place'), { exact: true }).fill(place);
      },
      en('appointments.form.publishGroup'),
    );
    const group = page.getByRole('article', { name: `13:00–15:00 ${groupTitle}` });
    await group.getByText(en('appointments.schedule.seats', { taken: '0', capacity: '20', count: 0 })).waitFor();
    await checkA11y(page, 'schedule with new times');

    // The client, in Finnish.
    const clientContext = await newContext(browser, 'fi');
    const client = await clientContext.newPage();
    await signIn(client, 'fi', demo.talent);
    await navigate(client, 'fi', 'nav.myPath');
    await expectPage(client, 'fi', fi('guidance.my.title'));
    // The first days are shown; the times published for later come on request.
    await client.getByRole('button', { name: fi('appointments.my.showAll') }).click();
    const offered = client
      .getByRole('listitem')
      .filter({ has: client.getByRole('heading', { name: `11.15–12.00 ${fi('appointments.mode.in_person')}` }) })
      .filter({ hasText: place });
    const groupOffer = client.getByRole('listitem').filter({ has: client.getByRole('heading', { name: `13.00–15.00 ${groupTitle}` }) });
    await groupOffer.getByText(fi('appointments.details.seatsLeft', { count: 20, left: '20', capacity: '20' })).waitFor();
    await checkA11y(client, 'bookable times');

    const book = async () => {
      await offered.getByRole('button', { name: new RegExp(`^${lead('fi', 'appointments.my.bookLabel')}`) }).click();
      // Booking asks first, saying what will happen, with the focus on the confirm button.
      const confirm = offered.getByRole('button', { name: fi('appointments.my.bookConfirm'), exact: true });
      await expect.poll(() => confirm.evaluate((b) => b === document.activeElement)).toBe(true);
      expect(await offered.getByRole('group').textContent()).toContain(lead('fi', 'appointments.my.bookQuestion'));
      await checkA11y(client, 'booking to confirm');
      await confirm.click();
      await client
        .getByRole('status')
        .filter({ hasText: lead('fi', 'appointments.my.booked') })
        .waitFor();
    };
    await book();
    const mine = client
      .getByRole('list', { name: fi('appointments.my.coming') })
      .getByRole('listitem')
      .filter({ hasText: place });
    await mine.getByText(fi('appointments.my.statusBooked'), { exact: true }).waitFor();
    expect(await offered.count()).toBe(0);
    await checkA11y(client, 'booked');

    const [download] = await Promise.all([
      client.waitForEvent('download'),
      mine.getByRole('link', { name: new RegExp(`^${lead('fi', 'appointments.calendarLinkLabel')}`) }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const ics = await readFile(await download.path(), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toMatch(/UID:booking-[0-9a-f-]+@talenthub/);
    expect(ics).toContain('STATUS:CONFIRMED');

    await mine.getByRole('button', { name: new RegExp(`^${lead('fi', 'appointments.my.cancelLabel')}`) }).click();
    await client
      .getByRole('status')
      .filter({ hasText: lead('fi', 'appointments.my.cancelled') })
      .waitFor();
    await offered.waitFor();
    await checkA11y(client, 'cancelled');
    await book();
    await mine.waitFor();
    await clientContext.close();

    // The counsellor sees the booking by name and marks the attendance.
    await page.reload();
    await expectPage(page, 'en', en('appointments.schedule.title'));
    await slot.getByText('Olena Kovalenko').waitFor();
    const attended = slot.getByRole('button', { name: en('appointments.schedule.markAttendedLabel', { name: 'Olena Kovalenko' }) });
    await attended.click();
    await expect.poll(() => attended.getAttribute('aria-pressed')).toBe('true');
    await slot.getByText(en('appointments.attendance.attended'), { exact: true }).first().waitFor();
    await checkA11y(page, 'attendance marked');
    await context.close();
  });
});
