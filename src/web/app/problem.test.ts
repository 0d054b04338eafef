import { ZBasicsRequest, ZLanguagesRequest } from '../../server/modules/talents/talents.schema';
import { describe, expect, it } from 'vitest';
import { ZSignUpRequest } from '../../server/modules/people/people.schema';
import { ApiError, fieldPath, issueMessage, problemFields, problemMessage, toProblem, zodFields } from './problem';

describe('toProblem', () => {
  it('keeps our problem documents', () => {
    const p = {
      type: '/problems/signup.link_invalid',
      title: 'signup.link_invalid',
      status: 410,
      code: 'signup.link_invalid',
      requestId: 'r1',
    };
    expect(toProblem(410, p)).toEqual(p);
  });
  it('maps better-auth codes under auth.', () => {
    expect(toProblem(401, { code: 'INVALID_EMAIL_OR_PASSWORD', message: 'Invalid email or password' }).code).toBe(
      'auth.INVALID_EMAIL_OR_PASSWORD',
    );
  });
  it('falls back by status', () => {
    expect(toProblem(429, null).code).toBe('auth.rate_limited');
    expect(toProblem(502, 'Bad gateway').code).toBe('server.error');
  });
});

describe('field messages', () => {
  it('normalises paths', () => {
    expect(fieldPath('body/organisation/businessId')).toBe('organisation.businessId');
    expect(fieldPath(['organisation', 'businessId'])).toBe('organisation.businessId');
  });
  it('uses the custom message as key', () => {
    expect(issueMessage({ code: 'custom', message: 'business_id_checksum' })).toEqual({ key: 'validation.business_id_checksum' });
  });
  it('text that cannot be stored has one message, from the server and from the shared schemas alike', () => {
    const fields = problemFields({
      status: 400,
      code: 'request.invalid',
      issues: [{ path: 'body/title', code: 'invalid_text', message: 'text with a NUL character or a lone surrogate' }],
    });
    expect(fields).toEqual({ title: { key: 'validation.invalid_text' } });
    const nul = ZSignUpRequest.safeParse({
      role: 'talent',
      name: 'A\u0000',
      email: 'a@b.fi',
      password: 'x'.repeat(12),
      municipalityCode: '049',
      locale: 'fi',
    });
    const lone = ZSignUpRequest.safeParse({
      role: 'talent',
      name: 'A\ud800',
      email: 'a@b.fi',
      password: 'x'.repeat(12),
      municipalityCode: '049',
      locale: 'fi',
    });
    expect(zodFields(nul.error!.issues).name).toEqual({ key: 'validation.invalid_text' });
    expect(zodFields(lone.error!.issues).name).toEqual({ key: 'validation.invalid_text' });
    expect(
      ZSignUpRequest.safeParse({
        role: 'talent',
        name: 'Åsa \ud83d\ude00',
        email: 'a@b.fi',
        password: 'x'.repeat(12),
        municipalityCode: '049',
        locale: 'fi',
      }).success,
    ).toBe(true);
  });
  it('maps server issues to fields', () => {
    const fields = problemFields({
      status: 400,
      code: 'request.invalid',
      issues: [
        { path: 'body/password', code: 'too_small', message: 'x', params: { minimum: 10, origin: 'string' } },
        { path: 'body/password', code: 'too_big', message: 'y' },
        { path: 'body/email', code: 'invalid_format', message: 'z', params: { format: 'email' } },
      ],
    });
    expect(fields).toEqual({
      password: { key: 'validation.too_small', values: { minimum: 10 } },
      email: { key: 'validation.invalid_email' },
    });
  });
  it('maps client zod issues the same way', () => {
    const r = ZSignUpRequest.safeParse({
      role: 'employer',
      name: '',
      email: 'a@b.fi',
      password: 'short',
      municipalityCode: '049',
      locale: 'fi',
      organisation: { name: 'Oy Ab', businessId: '1234567-8', municipalityCode: '049' },
    });
    expect(r.success).toBe(false);
    const fields = zodFields(r.error!.issues);
    expect(fields.name).toEqual({ key: 'validation.required' });
    expect(fields.password).toEqual({ key: 'validation.too_small', values: { minimum: 10 } });
    expect(fields['organisation.businessId']).toEqual({ key: 'validation.business_id_checksum' });
  });
  it('reports an empty field as required when the input is known', () => {
    const input = { role: 'talent', name: 'A', email: 'a@b.fi', password: 'long-enough-1', municipalityCode: '', locale: 'fi' };
    const r = ZSignUpRequest.safeParse(input);
    expect(zodFields(r.error!.issues).municipalityCode).toEqual({ key: 'validation.invalid_format' });
    expect(zodFields(r.error!.issues, input).municipalityCode).toEqual({ key: 'validation.required' });
  });
  it('gives a form message for any error', () => {
    expect(problemMessage(new ApiError(410, { status: 410, code: 'invitation.invalid' }))).toEqual({ key: 'errors.invitation.invalid' });
    expect(problemMessage(new TypeError('fetch failed'))).toEqual({ key: 'errors.network' });
  });
  it('names numbers, lists and a schema’s own format message for what they are', () => {
    const basics = {
      name: 'Olena',
      municipalityCode: '049',
      phone: 'call me',
      arrivalYear: 1900,
      permitBasis: null,
      availableFrom: null,
      workingTime: null,
      drivingLicences: [],
    };
    const fields = zodFields(ZBasicsRequest.safeParse(basics).error!.issues, basics);
    expect(fields.phone).toEqual({ key: 'validation.phone_format' });
    expect(fields.arrivalYear).toEqual({ key: 'validation.number_too_small', values: { minimum: 1940 } });
    const many = { items: Array.from({ length: 31 }, () => ({ language: 'fi', level: 'A1' })) };
    expect(zodFields(ZLanguagesRequest.safeParse(many).error!.issues).items).toEqual({
      key: 'validation.too_many',
      values: { maximum: 30 },
    });
  });
});
