/** Long enough for a cold serverless start, short enough that a dead API is reported quickly. */
export const DEFAULT_TIMEOUT_MS = 5000;
