/**
 * A validator for the subset of JSON Schema draft 2020-12 that pia's contract schemas use: type
 * (one or a list; integer), const, enum, pattern, minimum, minItems/maxItems, properties, required,
 * additionalProperties (false or a schema), items, oneOf, anyOf, and $ref to `#/$defs/…` of the
 * root. Anything else in a schema is a programming error and throws, so a schema can never rely
 * on a keyword that is silently ignored. No package is needed for this much.
 */

/** A JSON Schema document or subschema (the subset above). */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  type?: JsonType | JsonType[];
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
}

/** JSON types, plus `integer` for whole numbers. */
export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

/** One violation: the JSON Pointer of the value and what was expected there. */
export interface SchemaError {
  path: string;
  message: string;
}

const KNOWN = new Set<string>([
  '$schema',
  '$id',
  '$ref',
  '$defs',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'pattern',
  'minimum',
  'minItems',
  'maxItems',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'oneOf',
  'anyOf',
]);

function typeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

function hasType(value: unknown, type: JsonType): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Structural equality of JSON values, for const and enum. */
function jsonEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const pointer = (path: string, key: string | number): string =>
  `${path}/${String(key).replace(/~/gu, '~0').replace(/\//gu, '~1')}`;

class Validator {
  readonly errors: SchemaError[] = [];
  readonly #root: JsonSchema;

  constructor(root: JsonSchema) {
    this.#root = root;
  }

  check(schema: JsonSchema, value: unknown, path: string): void {
    for (const key of Object.keys(schema)) {
      if (!KNOWN.has(key)) throw new Error(`schema keyword '${key}' is not supported by this validator`);
    }
    if (schema.$ref !== undefined) this.check(this.#resolve(schema.$ref), value, path);
    this.#checkScalar(schema, value, path);
    if (schema.oneOf) this.#checkOneOf(schema.oneOf, value, path);
    if (schema.anyOf && !schema.anyOf.some((s) => this.#passes(s, value, path))) {
      this.#fail(path, `expected a value matching one of ${schema.anyOf.length} alternatives`);
    }
    if (Array.isArray(value)) this.#checkArray(schema, value, path);
    else if (typeOf(value) === 'object') this.#checkObject(schema, value as Record<string, unknown>, path);
  }

  #fail(path: string, message: string): void {
    this.errors.push({ path: path || '/', message });
  }

  #resolve(ref: string): JsonSchema {
    const name = /^#\/\$defs\/([^/]+)$/u.exec(ref)?.[1];
    const target = name === undefined ? undefined : this.#root.$defs?.[name];
    if (!target) throw new Error(`cannot resolve $ref '${ref}' (only #/$defs/NAME of the root)`);
    return target;
  }

  #passes(schema: JsonSchema, value: unknown, path: string): boolean {
    const probe = new Validator(this.#root);
    probe.check(schema, value, path);
    return probe.errors.length === 0;
  }

  #checkOneOf(options: JsonSchema[], value: unknown, path: string): void {
    const matching = options.filter((s) => this.#passes(s, value, path)).length;
    if (matching !== 1)
      this.#fail(path, `expected exactly one of ${options.length} alternatives to match, ${matching} did`);
  }

  #checkScalar(schema: JsonSchema, value: unknown, path: string): void {
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.some((t) => hasType(value, t)))
        this.#fail(path, `expected ${types.join(' or ')}, found ${typeOf(value)}`);
    }
    if ('const' in schema && !jsonEqual(value, schema.const))
      this.#fail(path, `expected ${JSON.stringify(schema.const)}`);
    if (schema.enum && !schema.enum.some((e) => jsonEqual(e, value))) {
      this.#fail(path, `expected one of ${JSON.stringify(schema.enum)}, found ${JSON.stringify(value)}`);
    }
    if (
      schema.pattern !== undefined &&
      typeof value === 'string' &&
      !new RegExp(schema.pattern, 'u').test(value)
    ) {
      this.#fail(path, `expected a string matching /${schema.pattern}/, found ${JSON.stringify(value)}`);
    }
    if (schema.minimum !== undefined && typeof value === 'number' && value < schema.minimum) {
      this.#fail(path, `expected at least ${schema.minimum}, found ${value}`);
    }
  }

  #checkArray(schema: JsonSchema, value: unknown[], path: string): void {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      this.#fail(path, `expected at least ${schema.minItems} items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      this.#fail(path, `expected at most ${schema.maxItems} items`);
    if (schema.items) value.forEach((item, i) => this.check(schema.items!, item, pointer(path, i)));
  }

  #checkObject(schema: JsonSchema, value: Record<string, unknown>, path: string): void {
    for (const key of schema.required ?? []) {
      if (!(key in value)) this.#fail(path, `expected key '${key}'`);
    }
    for (const [key, item] of Object.entries(value)) {
      const declared = schema.properties?.[key];
      if (declared) this.check(declared, item, pointer(path, key));
      else if (schema.additionalProperties === false) this.#fail(pointer(path, key), 'unexpected key');
      else if (typeof schema.additionalProperties === 'object')
        this.check(schema.additionalProperties, item, pointer(path, key));
    }
  }
}

/** Validate `value` against `schema`; an empty list means valid. Throws on an unsupported keyword. */
export function validateJson(schema: JsonSchema, value: unknown): SchemaError[] {
  const validator = new Validator(schema);
  validator.check(schema, value, '');
  return validator.errors;
}
