import { describe, expect, it } from 'vitest';
import { classifyEscoFile, EscoDatasetBuilder, EscoFormatError, toConcepts } from './esco-csv.js';

const OCC_EN =
  '\uFEFFconceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,description,code\n' +
  'Occupation,http://data.europa.eu/esco/occupation/n1,2221,nurse responsible for general care,"registered nurse\ngeneral nurse",,released,"Cares for\npatients",2221.1\n';
const OCC_FI =
  'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,description,code\n' +
  'Occupation,http://data.europa.eu/esco/occupation/n1,2221,sairaanhoitaja,,,released,,2221.1\n';
const ISCO_EN =
  'conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,description\nISCOGroup,http://data.europa.eu/esco/isco/C2221,2221,Nursing professionals,released,,,\n';
const SKILLS_EN =
  'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description\n' +
  'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/s1,skill/competence,sector-specific,provide nursing care,care for patients,,released,,,,,\n';
const REL =
  'occupationUri,relationType,skillType,skillUri\nhttp://data.europa.eu/esco/occupation/n1,essential,skill/competence,http://data.europa.eu/esco/skill/s1\n';
const BROADER =
  'conceptType,conceptUri,broaderType,broaderUri\nOccupation,http://data.europa.eu/esco/occupation/n1,ISCOGroup,http://data.europa.eu/esco/isco/C2221\n';

describe('classifyEscoFile', () => {
  it('recognises ESCO file names across versions', () => {
    expect(classifyEscoFile('skills_en.csv')).toEqual({ kind: 'concepts', type: 'skill', lang: 'en' });
    expect(classifyEscoFile('x.zip!ISCOGroups_sv.csv')).toEqual({ kind: 'concepts', type: 'isco', lang: 'sv' });
    expect(classifyEscoFile('occupationSkillRelations_en.csv')).toEqual({ kind: 'occupationSkill' });
    expect(classifyEscoFile('occupationSkillRelations.csv')).toEqual({ kind: 'occupationSkill' });
    expect(classifyEscoFile('broaderRelationsSkillPillar.csv')).toEqual({ kind: 'broader' });
    expect(classifyEscoFile('digitalSkillsCollection_en.csv')).toMatchObject({ kind: 'collection', name: 'digitalSkills' });
    expect(classifyEscoFile('conceptSchemes_en.csv')).toBeUndefined();
  });
});

describe('EscoDatasetBuilder', () => {
  const b = new EscoDatasetBuilder();
  b.addCsv('occupations_en.csv', OCC_EN);
  b.addCsv('occupations_fi.csv', OCC_FI);
  b.addCsv('ISCOGroups_en.csv', ISCO_EN);
  b.addCsv('skills_en.csv', SKILLS_EN);
  b.addCsv('occupationSkillRelations.csv', REL);
  b.addCsv('broaderRelationsOccPillar.csv', BROADER);
  const ds = b.build();

  it('merges labels per language, with BOM and multi-line quoted fields', () => {
    const n1 = ds.concepts.get('http://data.europa.eu/esco/occupation/n1');
    expect(n1?.type).toBe('occupation');
    expect(n1?.iscoGroup).toBe('2221');
    expect(n1?.labels.en?.alternative).toEqual(['registered nurse', 'general nurse']);
    expect(n1?.labels.en?.description).toBe('Cares for\npatients');
    expect(n1?.labels.fi?.preferred).toBe('sairaanhoitaja');
    expect(ds.languages.sort()).toEqual(['en', 'fi']);
  });

  it('reads relations', () => {
    expect(ds.occupationSkills).toEqual([
      {
        occupationUri: 'http://data.europa.eu/esco/occupation/n1',
        skillUri: 'http://data.europa.eu/esco/skill/s1',
        relationType: 'essential',
        skillType: 'skill/competence',
      },
    ]);
    expect(ds.broader[0]?.broaderUri).toBe('http://data.europa.eu/esco/isco/C2221');
  });

  it('converts to engine concepts', () => {
    const concepts = toConcepts(ds);
    const n1 = concepts.find((c) => c.id.endsWith('/n1'));
    expect(n1).toMatchObject({ kind: 'occupation', iscoCode: '2221', broader: ['http://data.europa.eu/esco/isco/C2221'] });
    expect(n1?.labels).toContainEqual({ text: 'sairaanhoitaja', lang: 'fi', type: 'preferred' });
    expect(concepts.find((c) => c.kind === 'isco')?.iscoCode).toBe('2221');
    expect(toConcepts(ds, { kinds: ['skill'] })).toHaveLength(1);
  });

  it('names file, line and column in errors', () => {
    const broken = 'conceptType,conceptUri,preferredLabel\nOccupation,,x\n';
    expect(() => new EscoDatasetBuilder().addCsv('occupations_en.csv', broken)).toThrow(/occupations_en\.csv: line 2, column conceptUri/);
    const badQuote = 'conceptType,conceptUri,preferredLabel\nOccupation,"http://x,y\n';
    expect(() => new EscoDatasetBuilder().addCsv('occupations_en.csv', badQuote)).toThrow(EscoFormatError);
    expect(() => new EscoDatasetBuilder().addCsv('skills_en.csv', 'foo,bar\n1,2\n')).toThrow(
      /skills_en\.csv: line 1, column preferredLabel|column conceptUri/,
    );
  });
});
