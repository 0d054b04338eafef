import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEscoSources } from './esco-files.js';

const OCC = (label: string): string =>
  'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status\n' +
  `Occupation,http://data.europa.eu/esco/occupation/n1,2221,${label},"a\nb",,released\n`;
const REL =
  'occupationUri,relationType,skillType,skillUri\nhttp://data.europa.eu/esco/occupation/n1,essential,knowledge,http://data.europa.eu/esco/skill/s1\n';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'esco-files-'));
  await writeFile(
    join(dir, 'esco-en.zip'),
    zipSync({ 'occupations_en.csv': strToU8('\uFEFF' + OCC('nurse')), 'conceptSchemes_en.csv': strToU8('x\n') }),
  );
  await mkdir(join(dir, 'fi'));
  await writeFile(join(dir, 'fi', 'occupations_fi.csv'), OCC('sairaanhoitaja'));
  await writeFile(join(dir, 'occupationSkillRelations.csv'), REL);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readEscoSources', () => {
  it('reads zips, directories and single CSV files together', async () => {
    const ds = await readEscoSources([dir]);
    const n1 = ds.concepts.get('http://data.europa.eu/esco/occupation/n1');
    expect(n1?.labels.en?.preferred).toBe('nurse');
    expect(n1?.labels.en?.alternative).toEqual(['a', 'b']);
    expect(n1?.labels.fi?.preferred).toBe('sairaanhoitaja');
    expect(ds.occupationSkills).toHaveLength(1);
    expect(ds.files.some((f) => f.endsWith('esco-en.zip!occupations_en.csv'))).toBe(true);
  });

  it('reads a single file and honours the include filter', async () => {
    const ds = await readEscoSources([join(dir, 'esco-en.zip'), join(dir, 'occupationSkillRelations.csv')], {
      include: (f) => !f.startsWith('occupationSkill'),
    });
    expect(ds.occupationSkills).toHaveLength(0);
    expect(ds.concepts.size).toBe(1);
  });

  it('names the file in parse errors', async () => {
    const bad = join(dir, 'bad');
    await mkdir(bad);
    await writeFile(join(bad, 'skills_en.csv'), 'conceptType,conceptUri,preferredLabel\nX,"unterminated\n');
    await expect(readEscoSources([bad])).rejects.toThrow(/skills_en\.csv/);
  });
});
