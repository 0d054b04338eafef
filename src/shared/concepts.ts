import { z } from 'zod';

/** A taxonomy concept's URI (ESCO, or the demo taxonomy's own). */
export const ZConceptUri = z.string().min(10).max(300);

/** A concept as shown: its URI, its label and the language the label is in (it may fall back). */
export const ZConceptRef = z.object({ uri: z.string(), label: z.string(), labelLang: z.string() });
