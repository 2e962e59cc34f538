/** One problem in a scenario file: where it is and what was expected. */
export interface ScenarioProblem {
  readonly file: string;
  /** Dotted path into the document, e.g. "actors.us.doctrine.threatPerception"; empty for the whole file. */
  readonly path: string;
  /** 1-based line, when the problem can be placed. */
  readonly line?: number;
  readonly message: string;
}

/** A scenario that cannot be loaded. Carries every problem found, each with its file, path and line. */
export class ScenarioError extends Error {
  override name = 'ScenarioError';

  constructor(readonly problems: readonly ScenarioProblem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

/** "scenarios/x.yaml:12: at actors.us.doctrine: expected ..." */
export function formatProblem(p: ScenarioProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return p.path ? `${where}: at ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}
