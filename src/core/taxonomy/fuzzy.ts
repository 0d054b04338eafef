/** Typo tolerance: SymSpell-style single-deletion neighbourhoods plus a bounded Damerau check. */

export class FuzzyVocabulary {
  /** Deletion variant -> term id, or ids when shared (most variants belong to one term). */
  private readonly byDeletion = new Map<string, number | number[]>();

  /** terms[i] is the string of term id i; only terms of length >= minLength take part. */
  constructor(
    private readonly terms: readonly string[],
    private readonly minLength = 4,
  ) {
    terms.forEach((t, id) => {
      if (t.length < minLength) return;
      for (const d of deletions(t)) this.add(d, id);
    });
  }

  private add(key: string, id: number): void {
    const prev = this.byDeletion.get(key);
    if (prev === undefined) this.byDeletion.set(key, id);
    else if (typeof prev === 'number') {
      if (prev !== id) this.byDeletion.set(key, [prev, id]);
    } else if (prev[prev.length - 1] !== id) prev.push(id);
  }

  /** Term ids within Damerau-Levenshtein distance 1 of `word` (excluding an exact match). */
  near(word: string): number[] {
    if (word.length < this.minLength) return [];
    const seen = new Set<number>();
    for (const key of [word, ...deletions(word)]) {
      const found = this.byDeletion.get(key);
      for (const id of typeof found === 'number' ? [found] : (found ?? [])) {
        const t = this.terms[id];
        if (t !== undefined && t !== word && withinOne(word, t)) seen.add(id);
      }
    }
    return [...seen];
  }
}

function deletions(w: string): string[] {
  const out: string[] = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** True when a and b differ by at most one insertion, deletion, substitution or adjacent transposition. */
export function withinOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
