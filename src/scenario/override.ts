import { kindAt } from '../model/index.js';

/** A value to set at a dotted path of a scenario document before it is validated (sweeps, what-ifs). */
export interface Override {
  /** e.g. "actors.russia.doctrine.threatPerception" or "world.treaties.inf.weight". */
  readonly path: string;
  readonly value: unknown;
}

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isFigure = (x: unknown): x is Record<string, unknown> => isPlainObject(x) && 'value' in x && ('source' in x || 'assumption' in x);

/**
 * Pure: a copy of `doc` with `override.value` set at `override.path`. A segment picks an object's key,
 * an array's index, or the element of an array of objects whose `id` it names (`world.treaties.inf`).
 * A path that ends at a figure (`{ value, source|assumption }`) sets the figure's value, keeping its
 * provenance. Returns the problem instead when the path does not lead into the document.
 */
export function applyOverride(doc: unknown, override: Override): { doc: unknown } | { problem: string } {
  const segments = override.path.split('.');
  if (override.path === '' || segments.some((s) => s === '')) return { problem: 'not a dotted path like actors.russia.doctrine.threatPerception' };
  if (segments[0] === 'rules') return setRule(doc, segments.slice(1), override.value);
  const root = structuredClone(doc);
  let node: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    const last = i === segments.length - 1;
    const { parent, key, problem } = step(node, segments[i], segments.slice(0, i).join('.'));
    if (problem) return { problem };
    if (last) {
      const target = (parent as Record<string | number, unknown>)[key!];
      if (isFigure(target)) target.value = override.value;
      else if (isPlainObject(target) || Array.isArray(target)) return { problem: 'leads to a section, not to a value or a figure' };
      else (parent as Record<string | number, unknown>)[key!] = override.value;
    } else {
      node = (parent as Record<string | number, unknown>)[key!];
    }
  }
  return { doc: root };
}

function step(node: unknown, segment: string, at: string): { parent?: unknown; key?: string | number; problem?: string } {
  const where = at === '' ? 'the top level' : at;
  if (Array.isArray(node)) {
    if (/^\d+$/.test(segment) && Number(segment) < node.length) return { parent: node, key: Number(segment) };
    const byId = node.findIndex((e) => isPlainObject(e) && e.id === segment);
    if (byId >= 0) return { parent: node, key: byId };
    const ids = node.filter(isPlainObject).map((e) => e.id).filter((id) => typeof id === 'string');
    return { problem: `no "${segment}" in ${where} (${ids.length > 0 ? `ids: ${ids.join(', ')}` : `indices 0 to ${node.length - 1}`})` };
  }
  if (isPlainObject(node)) {
    if (Object.hasOwn(node, segment)) return { parent: node, key: segment };
    return { problem: `no "${segment}" in ${where} (keys: ${Object.keys(node).join(', ')})` };
  }
  return { problem: `${where} is a value, it has no "${segment}"` };
}

/**
 * Pure: a copy of `doc` with a coefficient of the rules set (`rules.negotiate.base`). The scenario
 * need not mention it: the figure is created, with the override as its provenance, or its value set
 * when the scenario already overrides it.
 */
function setRule(doc: unknown, path: readonly string[], value: unknown): { doc: unknown } | { problem: string } {
  if (kindAt(path.join('.')) === null) return { problem: `rules has no coefficient ${path.join('.')} (multipolar rules lists every path)` };
  if (!isPlainObject(doc)) return { problem: 'the scenario is not a document with keys' };
  const root = structuredClone(doc);
  let node: Record<string, unknown> = root;
  const parents = ['rules', ...path.slice(0, -1)];
  parents.forEach((key, i) => {
    // An actor's entry needs provenance of its own (rules.actors.<id>), like every entry of facts.
    if (!isPlainObject(node[key])) node[key] = i === 2 && parents[1] === 'actors' ? { assumption: 'set by an override (sweep, design or sensitivity)' } : {};
    node = node[key] as Record<string, unknown>;
  });
  const last = path[path.length - 1];
  const existing = node[last];
  node[last] = isFigure(existing) ? { ...existing, value } : { value, assumption: 'set by an override (sweep, design or sensitivity)' };
  return { doc: root };
}
