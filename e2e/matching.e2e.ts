import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, demo, expectPage, launch, newContext, signIn, t } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const fi = (key: string, values?: Record<string, string | number>) => t('fi', key, values);
const title = 'Rakennusinsinööri, korjausrakentaminen';

/** Types into a concept search field and picks the option with exactly this label. */
async function pickConcept(page: Page, fieldName: string, typed: string, label: string) {
  const field = page.getByRole('combobox', { name: fieldName });
  await field.fill(typed);
  await page.getByRole('listbox', { name: fieldName }).getByRole('option', { name: label }).first().click();
}

describe('matching and contact requests', () => {
  it('a company coordinator posts a Finnish opening for a small firm, asks a ranked candidate for contact; she accepts in English and is revealed', async () => {
    // The candidate's pseudonymous reference, as she herself sees it.
    const talentContext = await newContext(browser, 'en');
    const talentPage = await talentContext.newPage();
    await signIn(talentPage, 'en', demo.talent);
    const publicRef = ((await (await talentPage.request.get('/api/profile')).json()) as { publicRef: string }).publicRef;

    const context = await newContext(browser, 'fi');
    const page = await context.newPage();
    await signIn(page, 'fi', demo.counsellor);
    await page.goto('/openings');
    await expectPage(page, 'fi', fi('openings.title'));
    await page.getByLabel(fi('openings.list.employer'), { exact: true }).selectOption({ label: 'Kiviranta Rakennus Oy' });
    await page.getByRole('link', { name: fi('openings.new.button') }).click();
    await expectPage(page, 'fi', fi('openings.new.title'));

    await page.getByLabel(fi('openings.field.title'), { exact: true }).fill(title);
    await pickConcept(page, fi('openings.field.occupation'), 'rakennusinsinööri', 'rakennusinsinööri');
    await page
      .getByLabel(fi('openings.field.description'))
      .fill(
        'Etsimme rakennusinsinööriä korjausrakennushankkeisiin. Työssä laaditaan rakennesuunnitelmia AutoCADilla ja tietomallinnetaan (BIM).',
      );
    await page.getByRole('button', { name: fi('openings.suggest.button') }).click();
    await page.getByRole('button', { name: fi('openings.suggest.addEssentialLabel', { skill: 'AutoCAD' }) }).click();
    await page.getByLabel(fi('openings.field.municipality')).selectOption({ label: 'Espoo' });
    await page.getByRole('button', { name: fi('profile.wishes.addMunicipalityButton') }).click();
    await checkA11y(page, 'new opening form');
    await page.getByRole('button', { name: fi('openings.form.save', { title }) }).click();
    await page.getByRole('button', { name: fi('openings.actions.publishLabel', { title }) }).click();
    await page.getByText(fi('openings.actions.published', { title })).waitFor();

    await page.getByRole('link', { name: fi('openings.actions.candidates') }).click();
    await expectPage(page, 'fi', fi('matching.candidates.title', { title }));
    const card = page.getByRole('article', { name: fi('matching.candidates.name', { ref: publicRef }) });
    await card.waitFor();
    const cardText = await card.innerText();
    expect(cardText).toContain('AutoCAD');
    expect(cardText).not.toContain('Kovalenko');
    const candidate = fi('matching.candidates.name', { ref: publicRef });
    // A request sent too soon is taken back before she answers; then the real one.
    await card.getByRole('button', { name: fi('matching.contact.buttonLabel', { candidate }) }).click();
    await card.getByRole('button', { name: fi('matching.contact.sendLabel', { candidate }) }).click();
    await card.getByRole('button', { name: fi('matching.contact.withdraw') }).click();
    await card.getByText(fi('matching.contact.status.withdrawn')).waitFor();
    await card.getByRole('button', { name: fi('matching.contact.buttonLabel', { candidate }) }).click();
    await card
      .getByLabel(fi('matching.contact.message'))
      .fill('Hei! Kohteemme Espoossa tarvitsee rakennesuunnittelijaa. Voimmeko keskustella?');
    await card.getByRole('button', { name: fi('matching.contact.sendLabel', { candidate }) }).click();
    await card.getByText(fi('matching.contact.statusLabel')).waitFor();
    await checkA11y(page, 'candidates with a contact request');

    // The candidate accepts, in English.
    await talentPage.goto('/contact-requests');
    await expectPage(talentPage, 'en', t('en', 'contacts.title'));
    const request = talentPage.getByRole('article', {
      name: t('en', 'contacts.cardHeading', { employer: 'Kiviranta Rakennus Oy', opening: title }),
    });
    // Accepting says first what the employer will see; Cancel changes nothing and returns the focus.
    const accept = request.getByRole('button', { name: t('en', 'contacts.acceptLabel', { employer: 'Kiviranta Rakennus Oy' }) });
    const isFocused = (l: typeof accept) => l.evaluate((e) => e === document.activeElement);
    await accept.click();
    const confirmAccept = request.getByRole('button', { name: t('en', 'contacts.acceptConfirm'), exact: true });
    await expect.poll(() => isFocused(confirmAccept)).toBe(true);
    await request.getByText(t('en', 'contacts.acceptQuestion', { employer: 'Kiviranta Rakennus Oy' })).waitFor();
    await checkA11y(talentPage, 'contact request to confirm');
    await talentPage.keyboard.press('Escape');
    await expect.poll(() => isFocused(accept)).toBe(true);
    expect(await confirmAccept.count()).toBe(0);
    expect(await talentPage.getByText(t('en', 'contacts.status.requested')).count()).toBeGreaterThan(0);
    await accept.click();
    await confirmAccept.click();
    await talentPage.getByText(t('en', 'contacts.accepted', { employer: 'Kiviranta Rakennus Oy' })).waitFor();
    await checkA11y(talentPage, 'contact request accepted');

    // The coordinator now sees her contact details.
    await page.reload();
    await card.getByText('Olena Kovalenko').waitFor();
    await card.getByRole('link', { name: 'talent@talenthub.example' }).waitFor();
    // The outcome: she was hired.
    await card.getByRole('button', { name: fi('matching.outcome.record.hired') }).click();
    await card.getByText(fi('matching.outcome.hired')).waitFor();
    expect(await card.getByRole('button', { name: fi('matching.outcome.record.interviewed') }).count()).toBe(0);
    await context.close();
    await talentContext.close();
  });
});

describe('matching weights', () => {
  it('the hub administrator sets the weights, in Swedish', async () => {
    const context = await newContext(browser, 'sv');
    const page = await context.newPage();
    const sv = (key: string, values?: Record<string, string | number>) => t('sv', key, values);
    await signIn(page, 'sv', demo.hub_admin);
    await page.goto('/admin/matching');
    await expectPage(page, 'sv', sv('matching.weights.title'));
    await page.getByText(sv('matching.weights.defaultsInUse')).waitFor();
    for (const part of ['essentialSkills', 'optionalSkills', 'occupation', 'languages', 'location', 'availability']) {
      await page.getByLabel(sv(`matching.weights.part.${part}`)).fill('0');
    }
    await page.getByRole('button', { name: sv('matching.weights.save') }).click();
    await page.getByText(sv('validation.weights_all_zero')).waitFor();
    await checkA11y(page, 'weights with an error');
    await page.getByLabel(sv('matching.weights.part.essentialSkills')).fill('60');
    await page.getByRole('button', { name: sv('matching.weights.save') }).click();
    await page.getByText(sv('matching.weights.saved')).waitFor();
    await page.getByText(sv('matching.weights.custom')).waitFor();
    await context.close();
  });
});

describe('talent pool', () => {
  it('an employer on a phone finds pseudonymised people by a skill, filtered by a language level', async () => {
    const context = await newContext(browser, 'en', { width: 390, height: 844 });
    const page = await context.newPage();
    const en = (key: string, values?: Record<string, string | number>) => t('en', key, values);
    await signIn(page, 'en', demo.employer);
    await page.goto('/talent-pool');
    await expectPage(page, 'en', en('matching.pool.title'));
    await pickConcept(page, en('matching.pool.skill'), 'AutoCAD', 'AutoCAD');
    await page.getByRole('button', { name: en('matching.pool.search') }).click();
    await page.waitForURL(/skills=/);
    const cards = page.getByRole('article');
    await cards.first().waitFor();
    const before = await cards.count();
    expect(await page.getByRole('main').innerText()).not.toContain('Kovalenko');
    await checkA11y(page, 'talent pool results');
    await page.getByRole('main').getByLabel(en('matching.pool.language'), { exact: true }).selectOption({ label: 'Finnish' });
    await page.getByLabel(en('matching.pool.level'), { exact: true }).selectOption({ label: en('profile.cefr.C1') });
    await page.getByRole('button', { name: en('matching.pool.search') }).click();
    await page.waitForURL(/languages=fi/);
    // The address changes before the filtered answer arrives: read the cards only while a result count is shown.
    const resultCount = page.getByRole('status').filter({ hasText: /candidate/i });
    const shown = async () => ((await resultCount.count()) > 0 ? cards.count() : before);
    await expect.poll(shown, { timeout: 15_000 }).toBeLessThan(before);
    await context.close();
  });
});

describe('company coordinators', () => {
  it('a counsellor starts and stops serving an employer', async () => {
    const context = await newContext(browser, 'en');
    const page = await context.newPage();
    const en = (key: string, values?: Record<string, string | number>) => t('en', key, values);
    await signIn(page, 'en', 'elina.makela@otsolahti.example');
    await page.goto('/employers');
    await expectPage(page, 'en', en('openings.employers.title'));
    await page.getByRole('button', { name: en('openings.employers.startLabel', { employer: 'Revontuli Software Oy' }) }).click();
    await page.getByText(en('openings.employers.started', { employer: 'Revontuli Software Oy' })).waitFor();
    await page.getByRole('link', { name: 'Revontuli Software Oy' }).click();
    await expectPage(page, 'en', en('openings.title'));
    await page.goto('/employers');
    await page.getByRole('button', { name: en('openings.employers.stopLabel', { employer: 'Revontuli Software Oy' }) }).click();
    await page.getByText(en('openings.employers.stopped', { employer: 'Revontuli Software Oy' })).waitFor();
    await context.close();
  });
});
