import { describe, expect, it } from 'vitest';
import { sharedWithKeys, validateNewClient, type NewClientForm } from './clients';

const form: NewClientForm = {
  name: 'Amina Yusuf',
  email: 'Amina.Yusuf@Mail.example',
  municipalityCode: '049',
  locale: 'en',
  consents: { organisation: true, hubCounsellors: false, employerVisibility: true },
  invite: true,
};

describe('validateNewClient', () => {
  it('accepts a complete form and normalises the email', () => {
    const r = validateNewClient(form);
    expect('body' in r && r.body.email).toBe('amina.yusuf@mail.example');
  });
  it('requires the consent to share with the own organisation', () => {
    const r = validateNewClient({ ...form, consents: { ...form.consents, organisation: false } });
    expect(r).toEqual({ fields: { 'consents.organisation': { key: 'clients.new.organisationConsentRequired' } } });
  });
  it('reports empty fields as required', () => {
    const r = validateNewClient({ ...form, name: ' ', email: '', municipalityCode: '' });
    expect('fields' in r && r.fields).toMatchObject({
      name: { key: 'validation.required' },
      email: { key: 'validation.required' },
      municipalityCode: { key: 'validation.required' },
    });
  });
  it('reports a malformed email', () => {
    const r = validateNewClient({ ...form, email: 'amina@' });
    expect('fields' in r && r.fields.email).toEqual({ key: 'validation.invalid_email' });
  });
});

describe('sharedWithKeys', () => {
  it('lists the hub first and nothing twice', () => {
    expect(sharedWithKeys(['organisation', 'hub'])).toEqual(['clients.sharedWith.hub', 'clients.sharedWith.organisation']);
    expect(sharedWithKeys([])).toEqual([]);
  });
});
