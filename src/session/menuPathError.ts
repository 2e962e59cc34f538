/** A path that names no step of the order menu (a hostile or stale page), with the reason. */
export class MenuPathError extends Error {
  override name = 'MenuPathError';
}
