import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, demo, expectPage, launch, navigate, newContext, outboxLink, signIn, t } from './support';

let browser: Browser;
let admin: Page;
beforeAll(async () => {
  browser = await launch();
  const context = await newContext(browser, 'fi');
  admin = await context.newPage();
  await signIn(admin, 'fi', demo.hub_admin);
});
afterAll(async () => {
  await browser.close();
});

const orgName = 'Vantaan kaupunki, osaajapalvelut';
const invitee = 'ruth.haile@vantaa.example';

describe('hub administrator', () => {
  it('creates an organisation and invites a counsellor who joins through the mailed link', async () => {
    await navigate(admin, 'fi', 'nav.organisations');
    await expectPage(admin, 'fi', t('fi', 'admin.organisations.title'));

    // Search and filter by kind.
    await admin.getByLabel(t('fi', 'admin.organisations.search'), { exact: true }).fill('Oy');
    await choose(admin, t('fi', 'fields.organisationKind'), t('fi', 'organisations.kind.employer'));
    await admin.getByRole('button', { name: t('fi', 'common.search') }).click();
    await admin.waitForURL(/kind=employer/);
    await expect.poll(() => admin.getByRole('link', { name: 'Kotoverkko ry' }).count()).toBe(0);
    await admin.getByRole('link', { name: 'Kiviranta Rakennus Oy' }).waitFor();
    await expectPage(admin, 'fi', t('fi', 'admin.organisations.title'));

    // Create a partner organisation: a missing type is reported next to the field first.
    const form = admin.getByRole('region', { name: t('fi', 'admin.organisations.createHeading') });
    await form.getByLabel(t('fi', 'fields.organisationName'), { exact: true }).fill(orgName);
    await choose(admin, t('fi', 'fields.municipality'), 'Vantaa');
    await form.getByRole('button', { name: t('fi', 'admin.organisations.createButton') }).click();
    await form.getByText(t('fi', 'validation.required')).waitFor();
    await choose(admin, t('fi', 'fields.partnerType'), t('fi', 'partnerTypes.city'));
    await form.getByRole('button', { name: t('fi', 'admin.organisations.createButton') }).click();
    await expectPage(admin, 'fi', orgName);
    await admin.getByText(t('fi', 'admin.organisation.noMembers')).waitFor();

    // Invite a counsellor to it; the mail is in the outbox.
    const invite = admin.getByRole('region', { name: t('fi', 'admin.organisation.inviteHeading') });
    await invite.getByLabel(t('fi', 'fields.email'), { exact: true }).fill(invitee);
    await choose(admin, t('fi', 'fields.mailLanguage'), 'English');
    await invite.getByRole('button', { name: t('fi', 'admin.invitations.inviteButton') }).click();
    await invite.getByText(t('fi', 'admin.invitations.sent', { email: invitee })).waitFor();
    await expectPage(admin, 'fi', orgName);
    const link = await outboxLink(admin, 'fi', invitee, '/invitation');

    // The invitee opens the link in their own browser, sets a password and lands at home.
    const context = await newContext(browser, 'en');
    const page = await context.newPage();
    await page.goto(link);
    await expectPage(page, 'en', t('en', 'invitation.title'));
    await page.getByText(orgName).first().waitFor();
    await page.getByLabel(t('en', 'fields.name'), { exact: true }).fill('Ruth Haile');
    await page.getByLabel(t('en', 'fields.newPassword'), { exact: true }).fill('vantaa-counsellor-2026');
    await choose(page, t('en', 'fields.homeMunicipality'), 'Vantaa');
    await page.getByRole('button', { name: t('en', 'invitation.acceptAndCreate') }).click();
    await page.waitForURL(/\/home$/);
    await expectPage(page, 'en', t('en', 'home.title', { name: 'Ruth Haile' }));
    await page.getByRole('heading', { level: 2, name: t('en', 'home.counsellor.heading') }).waitFor();
    await page.getByRole('heading', { level: 3, name: orgName }).first().waitFor();
    // The link cannot be used twice.
    await page.getByRole('button', { name: t('en', 'nav.signOut') }).click();
    await expectPage(page, 'en', t('en', 'landing.title'));
    await page.goto(link);
    await page.getByText(t('en', 'errors.invitation.invalid')).waitFor();
    await expectPage(page, 'en', t('en', 'invitation.title'));
    await context.close();

    // The organisation now lists its counsellor.
    await admin.goto('/admin/organisations');
    await admin.getByRole('link', { name: orgName }).click();
    await expectPage(admin, 'fi', orgName);
    await admin.getByRole('cell', { name: 'Ruth Haile', exact: true }).waitFor();
  });

  it('finds people, adds a role and removes it', async () => {
    await admin.goto('/admin/people');
    await expectPage(admin, 'fi', t('fi', 'admin.people.title'));
    await admin.getByLabel(t('fi', 'admin.people.search'), { exact: true }).fill('Mei');
    await admin.getByRole('button', { name: t('fi', 'common.search') }).click();
    await admin.getByText('mei.lin@mail.example').waitFor();
    await expect.poll(() => admin.getByRole('row').count()).toBe(2);
    const summary = t('fi', 'admin.people.addRoleFor', { name: 'Mei Lin' });
    await admin.getByText(summary).click();
    const addRole = admin.locator('details').filter({ hasText: summary });
    await choose(addRole, t('fi', 'fields.role'), t('fi', 'roles.counsellor'));
    await addRole.getByRole('button', { name: t('fi', 'admin.people.addRole') }).click();
    await addRole.getByText(t('fi', 'validation.required')).waitFor();
    await choose(addRole, t('fi', 'fields.organisation'), orgName);
    await addRole.getByRole('button', { name: t('fi', 'admin.people.addRole') }).click();
    await addRole.getByText(t('fi', 'admin.people.roleAdded')).waitFor();
    const remove = admin.getByRole('button', {
      name: t('fi', 'admin.people.removeRoleLabel', { role: t('fi', 'roles.counsellor'), name: 'Mei Lin' }),
    });
    await remove.waitFor();
    await expectPage(admin, 'fi', t('fi', 'admin.people.title'));
    await remove.click();
    await expect.poll(() => remove.count()).toBe(0);

    // Filter by role.
    await admin.getByLabel(t('fi', 'admin.people.search'), { exact: true }).fill('');
    await choose(admin.getByRole('search'), t('fi', 'fields.role'), t('fi', 'roles.counsellor'));
    await admin.getByRole('button', { name: t('fi', 'common.search') }).click();
    await admin.getByText('ruth.haile@vantaa.example').waitFor();
    expect(await admin.getByText('mei.lin@mail.example').count()).toBe(0);
  });

  it('invites and revokes on the invitations page', async () => {
    await admin.goto('/admin/invitations');
    await expectPage(admin, 'fi', t('fi', 'admin.invitations.title'));
    await admin.getByLabel(t('fi', 'fields.email'), { exact: true }).fill('uusi.osaaja@mail.example');
    await choose(admin, t('fi', 'fields.role'), t('fi', 'roles.talent'));
    await admin.getByRole('button', { name: t('fi', 'admin.invitations.inviteButton') }).click();
    await admin.getByText(t('fi', 'admin.invitations.sent', { email: 'uusi.osaaja@mail.example' })).waitFor();
    const row = admin.getByRole('row').filter({ hasText: 'uusi.osaaja@mail.example' });
    await row.getByText(t('fi', 'admin.invitations.statuses.pending')).waitFor();
    await row.getByRole('button', { name: t('fi', 'admin.invitations.revokeLabel', { email: 'uusi.osaaja@mail.example' }) }).click();
    await row.getByText(t('fi', 'admin.invitations.statuses.revoked')).waitFor();
    await expectPage(admin, 'fi', t('fi', 'admin.invitations.title'));
  });

  it('filters the audit trail', async () => {
    await navigate(admin, 'fi', 'nav.audit');
    await expectPage(admin, 'fi', t('fi', 'admin.audit.title'));
    await choose(admin, t('fi', 'admin.audit.action'), t('fi', 'audit.filters.invitation.'));
    await admin.getByRole('button', { name: t('fi', 'admin.audit.apply') }).click();
    await admin.waitForURL(/action=invitation/);
    const table = admin.getByRole('table', { name: t('fi', 'admin.audit.events') });
    await table
      .getByRole('cell', { name: t('fi', 'audit.actions.invitation.revoke') })
      .first()
      .waitFor();
    const actions = () =>
      table
        .locator('tbody tr td:nth-child(2)')
        .allInnerTexts()
        .then((a) => [...new Set(a)].sort());
    await expect.poll(actions).toEqual([t('fi', 'audit.actions.invitation.create'), t('fi', 'audit.actions.invitation.revoke')].sort());
    await expectPage(admin, 'fi', t('fi', 'admin.audit.title'));

    // By organisation, then by the person who did it (from the table).
    await choose(admin, t('fi', 'admin.audit.action'), t('fi', 'form.all'));
    await choose(admin, t('fi', 'fields.organisation'), orgName);
    await admin.getByRole('button', { name: t('fi', 'admin.audit.apply') }).click();
    await table.getByRole('cell', { name: t('fi', 'audit.actions.organisation.create') }).waitFor();
    await expect
      .poll(() =>
        table
          .locator('tbody tr td:nth-child(5)')
          .allInnerTexts()
          .then((a) => [...new Set(a)]),
      )
      .toEqual([orgName]);
    // She joined through the invitation: the event concerns her (the person who clicked was not yet signed in).
    await table.getByRole('button', { name: 'Ruth Haile' }).first().click();
    await admin.getByText(t('fi', 'admin.audit.subjectIs', { name: 'Ruth Haile' })).waitFor();
    await table
      .getByRole('cell', { name: t('fi', 'audit.actions.membership.create') })
      .first()
      .waitFor();
    await expectPage(admin, 'fi', t('fi', 'admin.audit.title'));

    // A date range in the future has no events.
    await admin.getByRole('button', { name: t('fi', 'admin.audit.clear') }).click();
    await admin.getByLabel(t('fi', 'admin.audit.from'), { exact: true }).fill('2099-01-01');
    await admin.getByRole('button', { name: t('fi', 'admin.audit.apply') }).click();
    await admin.getByText(t('fi', 'common.noResults')).waitFor();
    await expectPage(admin, 'fi', t('fi', 'admin.audit.title'));
  });
});
