/** The --api value is not an http(s) URL: the command line needs fixing, not the API. */
export class InvalidApiUrlError extends Error {
  override name = "InvalidApiUrlError";
}

/** The API could not be reached or answered something that is not Parley. */
export class RemoteUnavailableError extends Error {
  override name = "RemoteUnavailableError";
}
