import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchSkill } from '../../../core/matching/index.js';
import { dbKinds, startTestApp, type TestApp } from '../../test/harness.js';
import { MatchGraphCache } from './matching.graph.js';

const skill = (slug: string) => `urn:talenthub:demo:skill:${slug}`;
const occupation = (slug: string) => `urn:talenthub:demo:occupation:${slug}`;

describe.each(dbKinds)('match graph from the taxonomy tables (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('holds the skill hierarchy both ways, skill relations and ISCO groups', async () => {
    const { graph } = await new MatchGraphCache(t.database.db).get();
    expect(graph.occupationIsco.get(occupation('civil-engineer'))).toBe('2142');
    for (const [child, parents] of graph.skillBroader) {
      for (const p of parents) expect(graph.skillNarrower.get(p), `${p} lists ${child}`).toContain(child);
    }
    for (const [a, related] of graph.skillRelated) {
      for (const b of related) expect(graph.skillRelated.get(b)).toContain(a);
    }
    expect(graph.skillRelated.size).toBeGreaterThan(0);
    // Revit and AutoCAD sit under the same broader concept in the demo taxonomy.
    const parentsOfRevit = graph.skillBroader.get(skill('revit')) ?? [];
    expect(parentsOfRevit.length).toBeGreaterThan(0);
    const credit = matchSkill(skill('revit'), new Set([skill('autocad')]), graph);
    expect(credit.relation).not.toBeNull();
  });
});
