import { describe, expect, it } from 'vitest';
import {
  ZBasicsRequest,
  ZEducationRequest,
  ZLanguagesRequest,
  ZSkillsRequest,
  ZWishesRequest,
  ZWorkRequest,
} from '../../../server/modules/talents/talents.schema';
import { completenessOf, countsOf } from '../../../server/modules/talents/talents.presenter';
import type { ProfileRows } from '../../../server/modules/talents/talents.repo';
import { drivingLicenceClasses } from '../../../shared/profile';
import type { Profile } from '../../app/types';
import {
  basicsDraft,
  basicsInput,
  capitalise,
  cvFileProblem,
  educationDraft,
  educationInput,
  emptyEducation,
  focusAfterRemoval,
  hasSkill,
  languagesDraft,
  languagesInput,
  missingBasics,
  numberFieldMessage,
  parseWhole,
  skillsDraft,
  skillsInput,
  wishesDraft,
  wishesInput,
  withAddedSkills,
  workDraft,
  workInput,
  yearsText,
} from './profileForm';

const nurse = { uri: 'urn:talenthub:demo:occupation:registered-nurse', label: 'Registered nurse', labelLang: 'en' };
const python = { uri: 'urn:talenthub:demo:skill:python', label: 'Python', labelLang: 'en' };

function profile(over: Partial<Profile> = {}): Profile {
  return {
    userId: 'u1',
    publicRef: 'K7QX-29MA',
    name: 'Olena Kovalenko',
    email: 'olena@example.com',
    municipalityCode: '049',
    basics: { phone: null, arrivalYear: 2022, permitBasis: 'work', availableFrom: '2026-09-01', workingTime: null, drivingLicences: ['B'] },
    education: [
      { level: '7', field: 'Civil engineering', country: 'UA', institution: null, startYear: 2010, endYear: 2015, recognition: 'applied' },
    ],
    work: [
      {
        title: 'Site engineer',
        occupation: nurse,
        employer: 'Budivelnyk',
        country: 'UA',
        startYear: 2015,
        endYear: null,
        description: 'AutoCAD drawings',
      },
    ],
    skills: [
      { uri: python.uri, label: 'Python', labelLang: 'en', years: 3, source: 'manual' },
      { uri: null, label: 'Bridge design', labelLang: null, years: null, source: 'manual' },
    ],
    languages: [
      { language: 'uk', level: 'native' },
      { language: 'en', level: 'C1' },
    ],
    wishes: { occupations: [nurse], municipalityCodes: ['091'], remote: null },
    cv: null,
    suggestions: [],
    completeness: { percent: 50, missing: ['cv'] },
    createdByCounsellor: false,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

describe('missingBasics', () => {
  /** The rows the server's completeness reads, with the basics as given and nothing else filled. */
  const rows = (b: Profile['basics']) =>
    ({
      profile: { ...b, wishOccupations: [], wishMunicipalities: [] },
      education: [],
      work: [],
      skills: [],
      languages: [],
      cv: null,
    }) as unknown as ProfileRows;

  it('names exactly the fields the server needs before it counts the basic information as done', () => {
    const full: Profile['basics'] = {
      phone: '+358401234567',
      arrivalYear: 2022,
      permitBasis: 'work',
      availableFrom: '2026-09-01',
      workingTime: 'full_time',
      drivingLicences: ['B'],
    };
    for (const permitBasis of [null, full.permitBasis])
      for (const availableFrom of [null, full.availableFrom])
        for (const workingTime of [null, full.workingTime]) {
          const basics = { ...full, permitBasis, availableFrom, workingTime };
          const serverMissing = completenessOf(countsOf(rows(basics))).missing.includes('basics');
          expect(missingBasics(basics).length > 0, JSON.stringify(basics)).toBe(serverMissing);
        }
    // Phone, year of arrival and licences filled do not make it done: the list says what is left.
    expect(missingBasics({ ...full, workingTime: null })).toEqual(['workingTime']);
    expect(missingBasics(profile().basics)).toEqual(['workingTime']);
    expect(missingBasics({ ...full, phone: null, arrivalYear: null, drivingLicences: [] })).toEqual([]);
  });
});

describe('parseWhole', () => {
  it('reads empty as null, digits as a number and anything else as invalid', () => {
    expect(parseWhole('')).toBeNull();
    expect(parseWhole('  ')).toBeNull();
    expect(parseWhole(' 2019 ')).toBe(2019);
    expect(parseWhole('0')).toBe(0);
    expect(parseWhole('20x9')).toBe('invalid');
    expect(parseWhole('-3')).toBe('invalid');
    expect(parseWhole('3.5')).toBe('invalid');
    expect(parseWhole('12345')).toBe('invalid');
  });
});

describe('numberFieldMessage', () => {
  it('shows a range instead of a length for numbers', () => {
    expect(numberFieldMessage({ key: 'validation.too_big', values: { maximum: 2100 } }, 'year')).toEqual({
      key: 'profile.validation.yearRange',
      values: { min: '1940', max: '2100' },
    });
    expect(numberFieldMessage({ key: 'validation.too_small' }, 'skillYears')?.key).toBe('profile.validation.numberRange');
  });
  it('keeps other messages', () => {
    expect(numberFieldMessage({ key: 'validation.end_before_start' }, 'year')).toEqual({ key: 'validation.end_before_start' });
    expect(numberFieldMessage(undefined, 'year')).toBeUndefined();
  });
});

describe('section drafts round-trip through the server schemas', () => {
  it('basics', () => {
    const d = basicsDraft(profile());
    expect(d.arrivalYear).toBe('2022');
    expect(d.workingTime).toBe('');
    const { input, issues } = basicsInput({ ...d, drivingLicences: ['C', 'B'] }, drivingLicenceClasses);
    expect(issues).toEqual({});
    expect(input).toMatchObject({ phone: null, workingTime: null, arrivalYear: 2022, drivingLicences: ['B', 'C'] });
    expect(ZBasicsRequest.safeParse(input).success).toBe(true);
  });
  it('basics: a year that is not a number has its own message', () => {
    const { input, issues } = basicsInput({ ...basicsDraft(profile()), arrivalYear: 'last year' }, drivingLicenceClasses);
    expect(issues).toEqual({ arrivalYear: { key: 'profile.validation.year' } });
    expect(input.arrivalYear).toBeNull();
  });
  it('education', () => {
    const rows = educationDraft(profile());
    expect(rows[0]).toMatchObject({ level: '7', institution: '', startYear: '2010', endYear: '2015' });
    const { input, issues } = educationInput(rows);
    expect(issues).toEqual({});
    expect(ZEducationRequest.safeParse(input).success).toBe(true);
  });
  it('education: issues are reported at the row’s path', () => {
    const { issues } = educationInput([...educationDraft(profile()), { ...emptyEducation(), endYear: 'x' }]);
    expect(issues).toEqual({ 'items.1.endYear': { key: 'profile.validation.year' } });
  });
  it('work keeps the occupation by its URI and sends empty text as null', () => {
    const rows = workDraft(profile());
    const { input } = workInput([{ ...rows[0]!, employer: ' ', description: '' }]);
    expect(input.items[0]).toMatchObject({ occupationUri: nurse.uri, employer: null, description: null, endYear: null });
    expect(ZWorkRequest.safeParse(input).success).toBe(true);
  });
  it('skills', () => {
    const { input, issues } = skillsInput(skillsDraft(profile()));
    expect(issues).toEqual({});
    expect(input.items).toEqual([
      { uri: python.uri, label: 'Python', years: 3, source: 'manual' },
      { uri: null, label: 'Bridge design', years: null, source: 'manual' },
    ]);
    expect(ZSkillsRequest.safeParse(input).success).toBe(true);
  });
  it('wishes', () => {
    const { input } = wishesInput(wishesDraft(profile()));
    expect(input).toEqual({ occupationUris: [nurse.uri], municipalityCodes: ['091'], remote: null });
    expect(ZWishesRequest.safeParse(input).success).toBe(true);
  });
});

describe('languages', () => {
  it('offers Finnish, Swedish and English first, then the profile’s other languages', () => {
    const rows = languagesDraft(profile());
    expect(rows.map((r) => [r.language, r.level])).toEqual([
      ['fi', ''],
      ['sv', ''],
      ['en', 'C1'],
      ['uk', 'native'],
    ]);
  });
  it('saves only the rows with a level', () => {
    const { input } = languagesInput(languagesDraft(profile()));
    expect(input.items).toEqual([
      { language: 'en', level: 'C1' },
      { language: 'uk', level: 'native' },
    ]);
    expect(ZLanguagesRequest.safeParse(input).success).toBe(true);
  });
});

describe('skills from elsewhere', () => {
  it('knows a skill by its concept, or a free-text one by its text in any case', () => {
    const list = profile().skills;
    expect(hasSkill(list, python)).toBe(true);
    expect(hasSkill(list, { uri: null, label: ' bridge DESIGN ' })).toBe(true);
    expect(hasSkill(list, { uri: 'urn:x:y', label: 'Bridge design' })).toBe(false);
  });
  it('appends new skills with their source and skips the ones the profile has', () => {
    const autocad = { uri: 'urn:talenthub:demo:skill:autocad', label: 'AutoCAD', labelLang: 'en' };
    const body = withAddedSkills(profile().skills, [python, autocad], 'work_history');
    expect(body?.items.map((s) => [s.label, s.source])).toEqual([
      ['Python', 'manual'],
      ['Bridge design', 'manual'],
      ['AutoCAD', 'work_history'],
    ]);
    expect(body?.items[0]?.years).toBe(3);
    expect(withAddedSkills(profile().skills, [python], 'work_history')).toBeNull();
  });
});

describe('focusAfterRemoval', () => {
  it('goes to the next item, else the previous, else nowhere', () => {
    expect(focusAfterRemoval(['a', 'b', 'c'], 'b')).toBe('c');
    expect(focusAfterRemoval(['a', 'b', 'c'], 'c')).toBe('b');
    expect(focusAfterRemoval(['a'], 'a')).toBeNull();
    expect(focusAfterRemoval(['a'], 'x')).toBeNull();
  });
});

describe('cvFileProblem', () => {
  it('accepts PDF and DOCX up to 5 MB, whatever the case of the extension', () => {
    expect(cvFileProblem({ name: 'cv.pdf', size: 1000 })).toBeNull();
    expect(cvFileProblem({ name: 'My CV.DOCX', size: 5 * 1024 * 1024 })).toBeNull();
  });
  it('refuses other types and bigger files with a message', () => {
    expect(cvFileProblem({ name: 'cv.doc', size: 1000 })).toEqual({ key: 'errors.upload.unsupported_type' });
    expect(cvFileProblem({ name: 'cv', size: 1000 })).toEqual({ key: 'errors.upload.unsupported_type' });
    expect(cvFileProblem({ name: 'cv.pdf', size: 5 * 1024 * 1024 + 1 })).toEqual({ key: 'profile.cv.tooLarge', values: { max: 5 } });
  });
});

describe('text helpers', () => {
  it('shows years as a span, or since when still going on', () => {
    const since = (y: number) => `since ${y}`;
    expect(yearsText(2015, 2019, since)).toBe('2015–2019');
    expect(yearsText(2019, 2019, since)).toBe('2019');
    expect(yearsText(2019, null, since)).toBe('since 2019');
    expect(yearsText(null, 2019, since)).toBe('2019');
    expect(yearsText(null, null, since)).toBe('');
  });
  it('capitalises a name that starts a label', () => {
    expect(capitalise('suomi', 'fi')).toBe('Suomi');
    expect(capitalise('', 'fi')).toBe('');
  });
});
