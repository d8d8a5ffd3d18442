/** The API could not be reached or answered something that is not Parley. */
export class RemoteUnavailableError extends Error {
  override name = "RemoteUnavailableError";
}
