/**
 * A compact inverted index: key -> (label ids, weights). Postings are collected in flat typed
 * buffers and laid out per key with a counting sort when frozen (little garbage on large builds).
 */

export class PostingsBuilder {
  readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  private keyOf = new Int32Array(1 << 16);
  private labelOf = new Int32Array(1 << 16);
  private factorOf = new Float32Array(1 << 16);
  private size = 0;

  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  add(key: string, label: number, factor: number): void {
    this.addId(this.intern(key), label, factor);
  }

  /** Labels must be added in non-decreasing order. */
  addId(id: number, label: number, factor: number): void {
    if (this.size === this.keyOf.length) this.grow();
    this.keyOf[this.size] = id;
    this.labelOf[this.size] = label;
    this.factorOf[this.size] = factor;
    this.size++;
  }

  private grow(): void {
    const n = this.keyOf.length * 2;
    const k = new Int32Array(n);
    k.set(this.keyOf);
    const l = new Int32Array(n);
    l.set(this.labelOf);
    const f = new Float32Array(n);
    f.set(this.factorOf);
    this.keyOf = k;
    this.labelOf = l;
    this.factorOf = f;
  }

  /**
   * Freeze with idf = ln(1 + N / df); posting weights become factor * idf.
   * Keys found in more than `maxShare` of the labels are not indexed (stop-grams) to keep queries fast.
   */
  freeze(labelCount: number, opts: { countsTowardsDf?: (key: string) => boolean; maxShare?: number } = {}): Postings {
    const counts = opts.countsTowardsDf ?? (() => true);
    const maxDf = (opts.maxShare ?? 1) * labelCount;
    const n = this.keys.length;
    const df = new Int32Array(n);
    for (let i = 0; i < this.size; i++) df[this.keyOf[i]!]!++;
    const idf = new Float64Array(n);
    const offset = new Int32Array(n + 1);
    for (let id = 0; id < n; id++) {
      const d = df[id]!;
      idf[id] = counts(this.keys[id] ?? '') ? Math.log(1 + labelCount / Math.max(1, d)) : Math.log(1 + labelCount);
      offset[id + 1] = offset[id]! + (d > maxDf ? 0 : d);
    }
    const allLabels = new Int32Array(offset[n]!);
    const allWeights = new Float32Array(offset[n]!);
    const fill = offset.slice(0, n);
    for (let i = 0; i < this.size; i++) {
      const id = this.keyOf[i]!;
      if (df[id]! > maxDf) continue;
      const at = fill[id]!++;
      allLabels[at] = this.labelOf[i]!;
      allWeights[at] = this.factorOf[i]! * idf[id]!;
    }
    const labels: Int32Array[] = [];
    const weights: Float32Array[] = [];
    for (let id = 0; id < n; id++) {
      labels.push(allLabels.subarray(offset[id], offset[id + 1]));
      weights.push(allWeights.subarray(offset[id], offset[id + 1]));
    }
    return { ids: this.ids, keys: this.keys, idf, labels, weights };
  }
}

export interface Postings {
  ids: Map<string, number>;
  keys: string[];
  idf: Float64Array;
  labels: Int32Array[];
  weights: Float32Array[];
}

/** Position of the first entry not below `label` in a posting list's (ascending) labels. */
export function lowerBound(labels: Int32Array, label: number): number {
  let lo = 0;
  let hi = labels.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (labels[mid]! < label) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
