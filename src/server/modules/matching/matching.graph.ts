import { eq, inArray } from 'drizzle-orm';
import type { MatchGraph } from '../../../core/matching/index.js';
import type { Db, Tx } from '../../db/connection.js';
import type { AppDeps } from '../../platform/http.js';
import { EscoCache } from '../taxonomy/index.js';
import { escoBroader, escoConcept, escoSkillRelation } from '../taxonomy/index.js';

function push(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The taxonomy as the match scorer needs it: the skill pillar's broader-narrower links (skill
 * groups included, so skills under one group are siblings), skill-skill relations in both
 * directions, and each occupation's ISCO unit group.
 */
export async function loadMatchGraph(tx: Tx): Promise<MatchGraph> {
  const skillPillar = tx
    .select({ uri: escoConcept.uri })
    .from(escoConcept)
    .where(inArray(escoConcept.type, ['skill', 'skill_group']));
  const links = await tx.select().from(escoBroader).where(inArray(escoBroader.uri, skillPillar));
  const skillBroader = new Map<string, string[]>();
  const skillNarrower = new Map<string, string[]>();
  for (const l of links) {
    push(skillBroader, l.uri, l.broaderUri);
    push(skillNarrower, l.broaderUri, l.uri);
  }
  const skillRelated = new Map<string, string[]>();
  for (const r of await tx.select().from(escoSkillRelation)) {
    push(skillRelated, r.skillUri, r.relatedUri);
    push(skillRelated, r.relatedUri, r.skillUri);
  }
  const occupations = await tx
    .select({ uri: escoConcept.uri, isco: escoConcept.iscoGroup })
    .from(escoConcept)
    .where(eq(escoConcept.type, 'occupation'));
  const occupationIsco = new Map<string, string>();
  for (const o of occupations) if (o.isco) occupationIsco.set(o.uri, o.isco);
  return { skillBroader, skillNarrower, skillRelated, occupationIsco };
}

/** The match graph, rebuilt when a newer taxonomy import is recorded. */
export class MatchGraphCache extends EscoCache<{ graph: MatchGraph }> {
  constructor(db: Db, checkEveryMs?: number) {
    super(db, async (d) => ({ graph: await loadMatchGraph(d) }), checkEveryMs);
  }
}

/** The app's match graph (one per app, shared through `deps.shared`). */
export const matchGraphs = (deps: AppDeps): MatchGraphCache => new MatchGraphCache(deps.database.db);
