import { describe, expect, it } from 'vitest';
import { contactOutcomes, contactStatuses } from './contacts.tables.js';
import { outcomeAllowed, revealsContact } from './contacts.policy.js';
import { matchesSkills } from './contacts.service.js';

describe('contact policies', () => {
  it('reveals contact details only on an accepted request of a person who still consents', () => {
    for (const status of contactStatuses) {
      expect(revealsContact(status, true)).toBe(status === 'accepted');
      expect(revealsContact(status, false)).toBe(false);
    }
  });

  it('records outcomes only on accepted requests; hired and not proceeding are final', () => {
    for (const status of contactStatuses) {
      for (const next of contactOutcomes) expect(outcomeAllowed(status, null, next)).toBe(status === 'accepted');
    }
    expect(outcomeAllowed('accepted', 'interviewed', 'hired')).toBe(true);
    expect(outcomeAllowed('accepted', 'interviewed', 'interviewed')).toBe(false);
    for (const next of contactOutcomes) {
      expect(outcomeAllowed('accepted', 'hired', next)).toBe(false);
      expect(outcomeAllowed('accepted', 'not_proceeding', next)).toBe(false);
    }
  });

  it('a hire matches the person’s skills when they cover at least half of the essential skills', () => {
    const skill = (essential: boolean, credit: number) => ({ required: 'x', essential, via: null, relation: null, credit });
    expect(matchesSkills({ skills: [skill(true, 1), skill(true, 0), skill(false, 0)] })).toBe(true);
    expect(matchesSkills({ skills: [skill(true, 0.4), skill(true, 0.5), skill(false, 1)] })).toBe(false);
    expect(matchesSkills({ skills: [skill(false, 0.8)] })).toBe(true);
    expect(matchesSkills({ skills: [] })).toBe(false);
  });
});
