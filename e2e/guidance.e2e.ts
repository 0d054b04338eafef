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
const sv = (key: string, values?: Record<string, string | number>) => t('sv', key, values);
const note = 'Haastatteluvalmennus sovittu. Kertoi perhetilanteestaan luottamuksellisesti.';
const service = 'Insinöörien ja IT-osaajien täydennyskoulutus';

describe('guidance across organisations', () => {
  it('a counsellor notes, refers and records work; the university accepts; the client sees her path but not the note', async () => {
    // The city's counsellor opens her caseload, in Finnish.
    const context = await newContext(browser, 'fi');
    const page = await context.newPage();
    await signIn(page, 'fi', demo.counsellor);
    await navigate(page, 'fi', 'nav.clients');
    await expectPage(page, 'fi', fi('clients.title'));
    await page.getByRole('heading', { name: fi('guidance.caseload.heading.mine') }).waitFor();
    await page.getByRole('link', { name: 'Priya Raman' }).click();
    await expectPage(page, 'fi', 'Priya Raman');

    // A note only her own organisation sees.
    await page.getByLabel(fi('guidance.notes.body'), { exact: true }).fill(note);
    await page.getByRole('radio', { name: fi('guidance.notes.visibilityOption.organisation') }).check();
    await page.getByRole('button', { name: fi('guidance.notes.add') }).click();
    await page.getByText(fi('guidance.notes.saved')).waitFor();
    await page.locator('.note-body', { hasText: note }).waitFor();
    await checkA11y(page, 'client overview with a note');

    // A referral to the university's programme: she shares her case with the hub's counsellors.
    await page.getByRole('button', { name: fi('guidance.referrals.newHeading') }).click();
    await page.getByLabel(fi('guidance.referrals.to'), { exact: true }).selectOption({ label: 'Otsolahti University of Applied Sciences' });
    await page.getByLabel(fi('guidance.referrals.service'), { exact: true }).fill(service);
    await page.getByRole('button', { name: fi('guidance.referrals.send') }).click();
    await page.getByText(fi('guidance.referrals.sent', { organisation: 'Otsolahti University of Applied Sciences' })).waitFor();
    await page.locator('.referral', { hasText: service }).getByText(fi('guidance.referralStatus.pending'), { exact: true }).waitFor();
    await checkA11y(page, 'referral sent');

    // The university counsellor accepts it, in Swedish.
    const uni = await newContext(browser, 'sv', { width: 390, height: 844 });
    const uniPage = await uni.newPage();
    await signIn(uniPage, 'sv', 'elina.makela@otsolahti.example');
    await uniPage.goto('/referrals');
    await expectPage(uniPage, 'sv', sv('guidance.referrals.pageTitle'));
    const incoming = uniPage.locator('.referral', { hasText: service });
    await incoming.getByRole('button', { name: sv('guidance.referrals.accept') }).click();
    await incoming.getByText(sv('guidance.referralStatus.accepted'), { exact: true }).waitFor();
    await checkA11y(uniPage, 'referral accepted');
    // The university sees the client, but not the city's organisation-only note.
    await incoming.getByRole('link', { name: 'Priya Raman' }).click();
    await expectPage(uniPage, 'sv', 'Priya Raman');
    await uniPage.getByRole('heading', { name: sv('guidance.notes.heading') }).waitFor();
    await uniPage.getByText(sv('guidance.timeline.heading')).first().waitFor();
    expect(await uniPage.getByRole('main').innerText()).not.toContain(note);
    await uni.close();

    // Back at the city: the referral is accepted; she found work matching her education.
    await page.reload();
    await expectPage(page, 'fi', 'Priya Raman');
    await page.locator('.referral', { hasText: service }).getByText(fi('guidance.referralStatus.accepted'), { exact: true }).waitFor();
    await page.getByRole('button', { name: fi('guidance.outcomes.newHeading') }).click();
    await page.getByLabel(fi('guidance.outcomes.kind'), { exact: true }).selectOption({ label: fi('guidance.outcome.employed_matching') });
    await page.getByLabel(fi('guidance.outcomes.employer'), { exact: true }).selectOption({ label: 'Revontuli Software Oy' });
    await page.getByRole('button', { name: fi('guidance.outcomes.save') }).click();
    await page.getByText(fi('guidance.outcomes.saved')).waitFor();
    await page.locator('.outcome-list', { hasText: 'Revontuli Software Oy' }).waitFor();
    await page
      .locator('.timeline')
      .getByText(fi('guidance.step.outcome_recorded', { outcome: fi('guidance.outcome.employed_matching') }))
      .waitFor();
    await checkA11y(page, 'outcome recorded');
    await context.close();

    // The client, signed in in Finnish, sees the referral and her plan, and not the note.
    const client = await newContext(browser, 'fi', { width: 390, height: 844 });
    const clientPage = await client.newPage();
    await signIn(clientPage, 'fi', 'priya.raman@mail.example');
    await navigate(clientPage, 'fi', 'nav.myPath');
    await expectPage(clientPage, 'fi', fi('guidance.my.title'));
    await clientPage
      .locator('.referral', { hasText: service })
      .getByText(fi('guidance.referralStatus.accepted'), { exact: true })
      .waitFor();
    await clientPage.getByRole('heading', { name: fi('guidance.plan.myHeading') }).waitFor();
    await clientPage.getByText('A developer job in the Espoo region').waitFor();
    await clientPage.getByText('Otsolahti University of Applied Sciences').first().waitFor();
    const main = await clientPage.getByRole('main').innerText();
    expect(main).not.toContain(note);
    expect(main).not.toContain('Haastatteluvalmennus');
    // She ticks a task of her plan herself.
    const task = clientPage.getByRole('checkbox', { name: /Apply to Revontuli Software/ });
    await clientPage.locator('label', { hasText: 'Apply to Revontuli Software' }).click();
    await expect.poll(() => task.isChecked()).toBe(true);
    await checkA11y(clientPage, 'my service path');
    expect((await clientPage.request.get('/api/caseload')).status()).toBe(403);
    await client.close();
  });

  it('a hub administrator sees figures, not the contents of cases', async () => {
    const context = await newContext(browser, 'en');
    const page = await context.newPage();
    await signIn(page, 'en', demo.hub_admin);
    await page.goto('/admin/guidance');
    await expectPage(page, 'en', t('en', 'guidance.figures.title'));
    await page.getByRole('rowheader', { name: 'Espoon kaupunki, Talent Hub -palvelut' }).waitFor();
    expect(await page.getByRole('main').innerText()).not.toContain('Priya');
    await page.goto('/clients');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('main').innerText()).not.toContain('Priya');
    await context.close();
  });
});
