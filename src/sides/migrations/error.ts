/**
 * A file a migration tool would refuse, at a line of the original file. The caller knows the
 * side, the path and how the file was read, and turns it into the one-line UserError.
 */
export class MigrationError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}
