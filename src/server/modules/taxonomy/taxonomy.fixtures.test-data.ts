/** Tiny ESCO-layout CSV files for tests, written here (no official data). */
export const skillsHeader =
  'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description';
export const occupationsHeader =
  'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code';

export const uri = {
  python: 'urn:test:skill:python',
  nursing: 'urn:test:skill:nursing',
  welding: 'urn:test:skill:welding',
  developer: 'urn:test:occupation:developer',
  nurse: 'urn:test:occupation:nurse',
};

export function skillsEn(opts: { pythonAlt?: string } = {}) {
  return [
    skillsHeader,
    `KnowledgeSkillCompetence,${uri.python},skill/competence,cross-sector,Python (computer programming),"${opts.pythonAlt ?? 'Python\nPython programming'}",,released,2024-01-01,,,,"Techniques of software development in Python."`,
    `KnowledgeSkillCompetence,${uri.nursing},skill/competence,sector-specific,provide nursing care,"nursing\npatient care",,released,2024-01-01,,,,"Caring for patients."`,
  ].join('\n');
}

export const skillsFi = [
  skillsHeader,
  `KnowledgeSkillCompetence,${uri.nursing},skill/competence,sector-specific,hoitotyö,"potilaan hoito",,released,2024-01-01,,,,"Potilaiden hoitaminen."`,
].join('\n');

export const occupationsEn = [
  occupationsHeader,
  `Occupation,${uri.developer},2512,software developer,"programmer\ncoder",,released,2024-01-01,,,,,"Develops software.",2512.1`,
  `Occupation,${uri.nurse},2221,nurse,"registered nurse",,released,2024-01-01,,,,,"Cares for patients.",2221.1`,
].join('\n');

export const occupationsFi = [
  occupationsHeader,
  `Occupation,${uri.developer},2512,ohjelmistokehittäjä,"ohjelmoija",,released,2024-01-01,,,,,"Kehittää ohjelmistoja.",2512.1`,
  `Occupation,${uri.nurse},2221,sairaanhoitaja,,,released,2024-01-01,,,,,"Hoitaa potilaita.",2221.1`,
].join('\n');

export const occupationsSv = [
  occupationsHeader,
  `Occupation,${uri.developer},2512,mjukvaruutvecklare,"programmerare",,released,2024-01-01,,,,,"Utvecklar programvara.",2512.1`,
  `Occupation,${uri.nurse},2221,sjuksköterska,,,released,2024-01-01,,,,,"Vårdar patienter.",2221.1`,
].join('\n');

export const occupationSkillRelations = [
  'occupationUri,relationType,skillType,skillUri',
  `${uri.developer},essential,skill/competence,${uri.python}`,
  `${uri.nurse},essential,skill/competence,${uri.nursing}`,
].join('\n');
