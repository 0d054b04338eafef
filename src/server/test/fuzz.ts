import fc from 'fast-check';
import { z } from 'zod';

/**
 * Request inputs generated from a route's own Zod schemas (through their JSON Schema), valid
 * and hostile: boundary values, NUL and lone surrogates, oversize text, wrong types, unknown
 * enum values, extra fields and malformed path ids. Used by the fuzz tier (api.fuzz.test.ts).
 */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  prefixItems?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: Json[];
  const?: Json;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  $ref?: string;
  $defs?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
};

export type Mutation = 'valid' | 'boundary' | 'nul' | 'surrogate' | 'oversize' | 'wrong_type' | 'unknown_enum' | 'extra_field';
export const mutations: Mutation[] = ['valid', 'boundary', 'nul', 'surrogate', 'oversize', 'wrong_type', 'unknown_enum', 'extra_field'];

/** The JSON Schema of a Zod input schema, or undefined for a route without one. */
export function jsonSchemaOf(schema: unknown): Schema | undefined {
  if (!(schema instanceof z.ZodType)) return undefined;
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Schema;
}

const formats: Record<string, fc.Arbitrary<string>> = {
  uuid: fc.uuid({ version: 4 }),
  email: fc.emailAddress(),
  date: fc.date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  'date-time': fc.date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
  uri: fc.webUrl(),
  url: fc.webUrl(),
};

/** Values that fit the schema; `boundary` prefers the limits (shortest, longest, smallest, largest). */
export function valueOf(schema: Schema, root: Schema, boundary = false, depth = 0): fc.Arbitrary<Json> {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    const target = root.$defs?.[name];
    return target && depth < 4 ? valueOf(target, root, boundary, depth + 1) : fc.constant(null);
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => valueOf(s, root, boundary, depth + 1)));
  if (schema.allOf?.length) return valueOf(schema.allOf[0]!, root, boundary, depth + 1);
  const type = (Array.isArray(schema.type) ? (schema.type.find((t) => t !== 'null') ?? 'null') : schema.type) ?? 'any';
  switch (type) {
    case 'string': {
      if (schema.format && formats[schema.format]) return formats[schema.format]!;
      if (schema.pattern) {
        try {
          return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => fits(s, schema));
        } catch {
          return fc.constant('x');
        }
      }
      const min = schema.minLength ?? 0;
      const max = Math.min(schema.maxLength ?? 60, min + 200);
      if (boundary) return fc.constantFrom('a'.repeat(min), 'ä'.repeat(max), 'Ω'.repeat(Math.max(min, 1)));
      return fc.string({ minLength: min, maxLength: Math.max(min, Math.min(max, 40)), unit: 'grapheme' });
    }
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1_000_000);
      const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1_000_000);
      if (boundary) return fc.constantFrom(min, max);
      return type === 'integer'
        ? fc.integer({ min: Math.ceil(Math.max(min, -(2 ** 31))), max: Math.floor(Math.min(max, 2 ** 31)) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (schema.prefixItems) return fc.tuple(...schema.prefixItems.map((s) => valueOf(s, root, boundary, depth + 1)));
      const items = schema.items ? valueOf(schema.items, root, boundary, depth + 1) : fc.string();
      const min = schema.minItems ?? 0;
      const max = Math.min(schema.maxItems ?? 4, min + 4);
      if (boundary && schema.maxItems !== undefined && schema.maxItems <= 50)
        return fc.array(items, { minLength: schema.maxItems, maxLength: schema.maxItems });
      return fc.array(items, { minLength: min, maxLength: max });
    }
    case 'object': {
      const props = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const record: Record<string, fc.Arbitrary<Json>> = {};
      for (const [k, s] of Object.entries(props)) record[k] = valueOf(s, root, boundary, depth + 1);
      return fc.record(record, { requiredKeys: Object.keys(props).filter((k) => required.has(k)) });
    }
    default:
      return fc.oneof(fc.string(), fc.integer(), fc.boolean());
  }
}

function fits(s: string, schema: Schema): boolean {
  return s.length >= (schema.minLength ?? 0) && s.length <= (schema.maxLength ?? Infinity);
}

/** Every place in a value: a path of keys and the leaf found there. */
function leaves(value: Json, at: (string | number)[] = []): { path: (string | number)[]; leaf: Json }[] {
  if (value && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    const inner = entries.flatMap(([k, v]) => leaves(v, [...at, k]));
    return inner.length ? inner : [{ path: at, leaf: value }];
  }
  return [{ path: at, leaf: value }];
}

function replaceAt(value: Json, path: (string | number)[], leaf: Json): Json {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaceAt(v, rest, leaf) : v));
  if (value && typeof value === 'object') return { ...value, [head!]: replaceAt(value[head as string] ?? null, rest, leaf) };
  return value;
}

const text = (leaf: Json) => (typeof leaf === 'string' || typeof leaf === 'number' ? String(leaf) : '');

const hostile: Record<'nul' | 'surrogate' | 'oversize' | 'wrong_type' | 'unknown_enum', (leaf: Json) => fc.Arbitrary<Json>> = {
  nul: (leaf) => fc.constantFrom(`${text(leaf)}\u0000`, '\u0000', `a\u0000b`),
  surrogate: (leaf) => fc.constantFrom(`${text(leaf)}\ud800`, '\udfff', 'x\ud800y'),
  oversize: () => fc.constantFrom('x'.repeat(10_001), 'é'.repeat(100_000), 1e308, -1e308, 2 ** 53 + 2),
  wrong_type: (leaf) =>
    typeof leaf === 'string'
      ? fc.constantFrom<Json>(42, true, null, [], {}, ['a'])
      : fc.constantFrom<Json>('not-what-was-asked', '', [1, 2], { nested: 'object' }, null),
  unknown_enum: () => fc.constantFrom('not_a_value', 'ADMIN', '__proto__', 'constructor'),
};

/** A value of the schema, changed as the mutation says. */
export function mutated(schema: Schema | undefined, mutation: Mutation): fc.Arbitrary<Json | undefined> {
  if (!schema) return fc.constant(undefined);
  const base = valueOf(schema, schema, mutation === 'boundary');
  if (mutation === 'valid' || mutation === 'boundary') return base;
  if (mutation === 'extra_field')
    return base.map((v) => (v && typeof v === 'object' && !Array.isArray(v) ? { ...v, role: 'admin', hubId: 'x', __proto_x: 1 } : v));
  return base.chain((v) => {
    const places = leaves(v ?? {});
    return fc.nat({ max: Math.max(0, places.length - 1) }).chain((i) => {
      const place = places[i] ?? { path: [], leaf: null };
      return hostile[mutation](place.leaf).map((leaf) => (place.path.length ? replaceAt(v, place.path, leaf) : leaf));
    });
  });
}

/** Path ids that are not ids. */
export const malformedIds = ['%00', '%00x', 'x'.repeat(5_000), 'not-a-uuid', '..%2F..%2Fetc', '%ED%A0%80', '0', '-1', "'%20OR%201=1"];

/** The query string of a generated value: arrays repeat their key, objects are sent as JSON. */
export function queryString(value: Json | undefined): string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    if (Array.isArray(v)) for (const item of v) params.append(k, typeof item === 'object' ? JSON.stringify(item) : String(item));
    else params.append(k, typeof v === 'object' ? JSON.stringify(v) : String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
