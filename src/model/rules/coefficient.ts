/**
 * A coefficient of the model: its value, the domain a value must lie in, a plausible range for
 * sweeps and sensitivity analysis (with the reason for it), and its provenance: a source (a section
 * of Egmont Paper 106, a treaty article, a public figure) or an explicit assumption.
 */
export interface CoefficientSpec {
  readonly value: number;
  readonly kind: CoefficientKind;
  /** A plausible range [lo, hi] around the value; sensitivity analysis samples within it. */
  readonly range: readonly [number, number];
  /** Why the range is what it is, in one line. */
  readonly why: string;
  readonly source?: string;
  readonly assumption?: string;
}

/**
 * The domain of a coefficient: what a value must be, whatever its plausible range.
 * - share: a number from 0 to 1 (a chance, a fraction, a level of cohesion or tension);
 * - positive: a number of 0 or more (a weight, a scale, a multiplier);
 * - signed: any finite number (a preference that may push either way);
 * - turns: a whole number of turns, 0 or more;
 * - score: a number from 0 to 100 (a bound on an index).
 */
export type CoefficientKind = 'share' | 'positive' | 'signed' | 'turns' | 'score';

/** Pure: why `value` is not in the domain of `kind`, or null when it is. */
export function outsideKind(kind: CoefficientKind, value: number): string | null {
  if (!Number.isFinite(value)) return 'must be a finite number';
  switch (kind) {
    case 'share':
      return value < 0 || value > 1 ? 'must be from 0 to 1' : null;
    case 'positive':
      return value < 0 ? 'must be 0 or more' : null;
    case 'signed':
      return null;
    case 'turns':
      return !Number.isInteger(value) || value < 0 ? 'must be a whole number of turns, 0 or more' : null;
    case 'score':
      return value < 0 || value > 100 ? 'must be from 0 to 100' : null;
  }
}

/** Pure: whether `x` is a coefficient's spec rather than a group of them. */
export function isSpec(x: unknown): x is CoefficientSpec {
  return typeof x === 'object' && x !== null && 'kind' in x && 'value' in x && 'range' in x;
}

type Provenance = { readonly source: string } | { readonly assumption: string };

/** A sourced coefficient. */
export const sourced = (source: string): Provenance => ({ source });
/** An assumed coefficient: a value chosen by the modellers, to be varied rather than trusted. */
export const assumed = (assumption = 'assumption'): Provenance => ({ assumption });

/** Declare a coefficient. */
export function coef(value: number, kind: CoefficientKind, range: readonly [number, number], why: string, provenance: Provenance): CoefficientSpec {
  return { value, kind, range, why, ...provenance };
}

/**
 * A coefficient moved by the calibration (docs/VALIDATION.md): the value found, within the range
 * documented before the search (which stays as it was, so that the search could not widen it); the
 * provenance keeps its source or assumption and says it was calibrated, and from what.
 */
export function calibrated(spec: CoefficientSpec, value: number): CoefficientSpec {
  const [lo, hi] = spec.range;
  if (value < lo || value > hi || outsideKind(spec.kind, value) !== null) throw new Error(`a calibrated value ${value} lies outside [${lo}, ${hi}]`);
  const note = `calibrated from ${spec.value} on the 2019-2022 and 1979-1987 histories (docs/VALIDATION.md)`;
  return spec.source !== undefined
    ? { ...spec, value, source: `${spec.source}; ${note}` }
    : { ...spec, value, assumption: spec.assumption === undefined || spec.assumption === 'assumption' ? note : `${spec.assumption}; ${note}` };
}
