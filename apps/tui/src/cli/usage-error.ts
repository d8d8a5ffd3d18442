/** A command line that cannot be run as written; exits with code 2. */
export class UsageError extends Error {
  override name = "UsageError";
  constructor(
    message: string,
    /** The command whose help to point to, if any. */
    readonly command?: string,
  ) {
    super(message);
  }
}
