import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, demo, expectPage, languageNames, launch, navigate, newContext, signIn, t } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('a language switch', () => {
  it('shows the labels the server gives in the new language at once, on the page and on pages seen before', async () => {
    const context = await newContext(browser, 'fi');
    const page = await context.newPage();
    await signIn(page, 'fi', demo.talent);
    // Seen before the switch: the profile, with her skills.
    await navigate(page, 'fi', 'nav.profile');
    await expectPage(page, 'fi', t('fi', 'profile.title'));
    await page.getByRole('main').getByText('rakenneanalyysi').first().waitFor();

    await navigate(page, 'fi', 'nav.jobs');
    await expectPage(page, 'fi', t('fi', 'matching.jobs.title'));
    const job = page.getByRole('article', { name: 'Rakennusinsinööri' });
    await job.getByText('eurokoodit').first().waitFor();

    await page
      .getByRole('navigation', { name: t('fi', 'nav.language') })
      .getByRole('button', { name: languageNames.sv })
      .click();
    await expectPage(page, 'sv', t('sv', 'matching.jobs.title'));
    // The explanation and the occupation follow without a reload.
    await job.getByText('eurokoder').first().waitFor();
    await job.getByText('byggnadsingenjör').first().waitFor();
    expect(await job.getByText('eurokoodit').count()).toBe(0);
    await checkA11y(page, 'jobs after switching to Swedish');

    // A page seen before the switch comes in Swedish too.
    await navigate(page, 'sv', 'nav.profile');
    await expectPage(page, 'sv', t('sv', 'profile.title'));
    await page.getByRole('main').getByText('utföra konstruktionsanalys').first().waitFor();
    expect(await page.getByRole('main').getByText('rakenneanalyysi').count()).toBe(0);
    await context.close();
  });
});
