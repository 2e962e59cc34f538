/** A save file that cannot be read as one (damaged, edited, foreign, of another format), with the reason naming the file. */
export class SaveFileError extends Error {
  override name = 'SaveFileError';
}
