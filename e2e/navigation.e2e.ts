import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../src/shared/locales';
import { checkA11y, demo, expectPage, launch, mainNav, navigate, newContext, signIn, t } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const phone = { width: 390, height: 844 };

/** The accessible name of the focused element, as far as these controls need it. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    const label = el.getAttribute('aria-label');
    return (label ?? (el as HTMLElement).innerText).trim();
  });
}

async function tabTo(page: Page): Promise<string> {
  await page.keyboard.press('Tab');
  return focused(page);
}

describe('the main navigation', () => {
  it('on a phone, opens behind a menu button, is used by keyboard, and closes with Escape (fi)', async () => {
    const locale: Locale = 'fi';
    const context = await newContext(browser, locale, phone);
    const page = await context.newPage();
    await signIn(page, locale, demo.counsellor);
    await expectPage(page, locale, t(locale, 'home.title', { name: 'Sanna Korhonen' }));

    const nav = mainNav(page, locale);
    const menu = nav.getByRole('button', { name: t(locale, 'nav.menu'), exact: true });
    const clientWork = nav.getByRole('button', { name: t(locale, 'nav.group.clients'), exact: true });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.getAttribute('aria-controls')).toBe('main-nav-list');
    // Closed, the menu takes one line: no link of the list is shown.
    expect(await nav.getByRole('link').count()).toBe(0);
    expect(await clientWork.isVisible()).toBe(false);

    // Keyboard: the menu button, then the list in reading order.
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await checkA11y(page, 'phone menu open');
    expect(await tabTo(page)).toBe(t(locale, 'nav.home'));
    expect(await tabTo(page)).toBe(t(locale, 'nav.group.clients'));
    expect(await clientWork.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await clientWork.getAttribute('aria-expanded')).toBe('true');
    await checkA11y(page, 'phone menu with a group open');
    expect(await tabTo(page)).toBe(t(locale, 'nav.clients'));
    expect(await tabTo(page)).toBe(t(locale, 'nav.referrals'));

    // Escape closes the group and returns to its button; again, the menu and its button.
    await page.keyboard.press('Escape');
    expect(await clientWork.getAttribute('aria-expanded')).toBe('false');
    expect(await focused(page)).toBe(t(locale, 'nav.group.clients'));
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await focused(page)).toBe(t(locale, 'nav.menu'));
    expect(await clientWork.isVisible()).toBe(false);
    await checkA11y(page, 'phone menu closed again');

    // Following a link closes the menu; the link is marked as the current page.
    await navigate(page, locale, 'nav.referrals');
    await expectPage(page, locale, t(locale, 'guidance.referrals.pageTitle'));
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    const current = nav.getByRole('link', { name: t(locale, 'nav.referrals'), exact: true, includeHidden: true });
    expect(await current.getAttribute('aria-current')).toBe('page');
    await context.close();
  });

  it('on a desktop, shows the administrator’s task groups as disclosures (sv)', async () => {
    const locale: Locale = 'sv';
    const context = await newContext(browser, locale);
    const page = await context.newPage();
    await signIn(page, locale, demo.hub_admin);
    await expectPage(page, locale, t(locale, 'home.title', { name: 'Aino Lehtonen' }));

    const nav = mainNav(page, locale);
    expect(await nav.getByRole('button', { name: t(locale, 'nav.menu') }).isVisible()).toBe(false);
    const logs = nav.getByRole('button', { name: t(locale, 'nav.group.logs'), exact: true });
    const audit = nav.getByRole('link', { name: t(locale, 'nav.audit'), exact: true });
    expect(await audit.isVisible()).toBe(false);
    await logs.click();
    expect(await logs.getAttribute('aria-expanded')).toBe('true');
    await audit.waitFor();
    await checkA11y(page, 'desktop group open');

    // One group at a time; Escape closes it and the focus goes back to its button.
    const members = nav.getByRole('button', { name: t(locale, 'nav.group.members'), exact: true });
    await members.click();
    expect(await logs.getAttribute('aria-expanded')).toBe('false');
    expect(await members.getAttribute('aria-expanded')).toBe('true');
    await nav.getByRole('link', { name: t(locale, 'nav.people'), exact: true }).focus();
    await page.keyboard.press('Escape');
    expect(await members.getAttribute('aria-expanded')).toBe('false');
    expect(await focused(page)).toBe(t(locale, 'nav.group.members'));

    // A click elsewhere closes an open group.
    await logs.click();
    await page.getByRole('heading', { level: 1 }).click();
    expect(await logs.getAttribute('aria-expanded')).toBe('false');

    // Within a section the link marks its section; the group holding it is marked too.
    await navigate(page, locale, 'nav.organisations');
    await expectPage(page, locale, t(locale, 'admin.organisations.title'));
    const organisations = nav.getByRole('link', { name: t(locale, 'nav.organisations'), exact: true, includeHidden: true });
    expect(await organisations.getAttribute('aria-current')).toBe('page');
    await page.getByRole('link', { name: 'Kiviranta Rakennus Oy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kiviranta Rakennus Oy' }).waitFor();
    expect(await organisations.getAttribute('aria-current')).toBe('true');
    await context.close();
  });

  it('on a phone, takes a talent to a page inside a group and back by touch (en)', async () => {
    const locale: Locale = 'en';
    const context = await newContext(browser, locale, phone);
    const page = await context.newPage();
    await signIn(page, locale, demo.talent);
    await expectPage(page, locale, t(locale, 'home.title', { name: 'Olena Kovalenko' }));
    await navigate(page, locale, 'nav.contactRequests');
    await expectPage(page, locale, t(locale, 'contacts.title'));
    await navigate(page, locale, 'nav.privacy');
    await expectPage(page, locale, t(locale, 'privacy.title'));
    // The account group is named by who is signed in.
    const nav = mainNav(page, locale);
    await nav.getByRole('button', { name: t(locale, 'nav.menu'), exact: true }).click();
    await nav.getByRole('button', { name: t(locale, 'nav.signedInAs', { name: 'Olena Kovalenko' }), exact: true }).waitFor();
    await checkA11y(page, 'talent phone menu');
    await context.close();
  });
});
