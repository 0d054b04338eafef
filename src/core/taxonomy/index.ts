/** Taxonomy matching engine: pure, in-memory, no I/O. */
export type { Concept, ConceptKind, Hit, Label, LabelType, Link, LinkOptions, SearchOptions, Span } from './types.js';
export { buildIndex, type IndexOptions, type TaxonomyIndex } from './build.js';
export { search } from './search.js';
export { linkText } from './link.js';
export { linkDocument } from './link-slices.js';
export { rankForText } from './rank-text.js';
export { fold, tokenize } from './normalize.js';
export { stem } from './stem.js';
export { splitCompound } from './compound.js';
