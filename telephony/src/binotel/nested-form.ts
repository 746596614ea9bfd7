/**
 * Bodies as Binotel posts them: `application/x-www-form-urlencoded` with PHP-style nested keys
 * (`callDetails[historyData][0][internalNumber]=901`), or JSON.
 *
 * Rules follow PHP's `parse_str` where it matters for Binotel's payloads: a later value for the same key
 * wins, `a[]` appends, a key whose brackets do not close is taken literally. Two deliberate differences:
 * a container whose keys are all array indices becomes an array (in index order, holes closed), and the
 * segments `__proto__`, `constructor` and `prototype` are dropped so a body cannot reach an object prototype.
 * A body is refused past `MAX_FIELDS` fields or `MAX_DEPTH` key segments: Binotel's own stay far below both.
 */

export type NestedValue = string | number | boolean | null | NestedValue[] | NestedObject;
export interface NestedObject {
  [key: string]: NestedValue;
}

/** The body was neither a form, a JSON object, nor an object already parsed from one. */
export class BodyFormatError extends Error {}

type Tree = Map<string, Node>;
type Node = string | Tree;

const KEY = /^([^[\]]+)((?:\[[^[\]]*\])*)$/;
const SEGMENT = /\[([^[\]]*)\]/g;
const INDEX = /^(0|[1-9]\d{0,8})$/;
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_FIELDS = 2000;
export const MAX_DEPTH = 8;

/** Parses a form body, or a record of its fields as a flat parser left them, into nested objects. */
export function parseNestedForm(input: string | Readonly<Record<string, unknown>>): NestedObject {
  const root: Tree = new Map();
  const appendAt = new Map<Tree, number>();
  let fields = 0;
  for (const [key, value] of flatEntries(input)) {
    if (++fields > MAX_FIELDS) throw new BodyFormatError(`the body has over ${MAX_FIELDS} fields`);
    assign(root, keyPath(key), value, appendAt);
  }
  return toPlainObject(root);
}

/**
 * Whatever the web framework handed over (raw text, a Buffer, form fields flat or already nested, parsed
 * JSON), as one nested object.
 */
export function normalizeBody(body: unknown): NestedObject {
  if (body instanceof Uint8Array) return normalizeBody(new TextDecoder().decode(body));
  if (typeof body === 'string') return body.trim().startsWith('{') ? parseJson(body) : parseNestedForm(body);
  if (isObject(body)) {
    return Object.keys(body).some((key) => key.includes('[')) ? parseNestedForm(body) : cloneJson(body);
  }
  throw new BodyFormatError(`expected a form or a JSON object, got ${body === null ? 'null' : typeof body}`);
}

function* flatEntries(input: string | Readonly<Record<string, unknown>>): Generator<[string, string]> {
  if (typeof input === 'string') {
    yield* new URLSearchParams(input.trim());
    return;
  }
  for (const [key, value] of Object.entries(input)) {
    for (const item of Array.isArray(value) ? value : [value]) yield [key, scalarText(item)];
  }
}

function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new BodyFormatError('a flat form field holds an object');
}

/** `a[b][]` → ['a', 'b', '']; an empty segment means "append". Null for a key to skip. */
function keyPath(key: string): string[] | null {
  if (key === '') return null;
  const match = KEY.exec(key);
  const path = match ? [match[1], ...[...match[2].matchAll(SEGMENT)].map((segment) => segment[1])] : [key];
  if (path.length > MAX_DEPTH) throw new BodyFormatError(`a key nests deeper than ${MAX_DEPTH} levels`);
  return path.some((segment) => UNSAFE.has(segment)) ? null : path;
}

/** `appendAt` keeps each container's next free index, so `a[]` appends in constant time. */
function assign(tree: Tree, path: string[] | null, value: string, appendAt: Map<Tree, number>): void {
  if (!path) return;
  let node = tree;
  path.forEach((segment, depth) => {
    const name = segment === '' ? String(appendAt.get(node) ?? 0) : segment;
    if (INDEX.test(name)) appendAt.set(node, Math.max(appendAt.get(node) ?? 0, Number(name) + 1));
    if (depth === path.length - 1) {
      node.set(name, value);
      return;
    }
    const child = node.get(name);
    const container = child instanceof Map ? child : new Map<string, Node>();
    node.set(name, container);
    node = container;
  });
}

function toValue(node: Node): NestedValue {
  if (typeof node === 'string') return node;
  const keys = [...node.keys()];
  if (keys.length > 0 && keys.every((key) => INDEX.test(key))) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((index) => toValue(node.get(String(index)) ?? ''));
  }
  return toPlainObject(node);
}

function toPlainObject(tree: Tree): NestedObject {
  const result: NestedObject = {};
  for (const [key, node] of tree) result[key] = toValue(node);
  return result;
}

function parseJson(text: string): NestedObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BodyFormatError('the body starts like JSON but does not parse');
  }
  if (!isObject(parsed)) throw new BodyFormatError('the JSON body is not an object');
  return cloneJson(parsed);
}

function cloneJson(value: Readonly<Record<string, unknown>>): NestedObject {
  const result: NestedObject = {};
  for (const [key, item] of Object.entries(value)) {
    if (!UNSAFE.has(key)) result[key] = jsonValue(item);
  }
  return result;
}

function jsonValue(value: unknown): NestedValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(jsonValue);
  if (isObject(value)) return cloneJson(value);
  throw new BodyFormatError(`the body holds a ${typeof value}`);
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
  );
}
