/**
 * The request id of an answer served from memory, before any middleware runs: the client's
 * X-Request-Id when it is a sane token, else a fresh UUID, by the rule `hono/request-id` applies
 * to every other answer.
 */
const CLIENT_REQUEST_ID = /^[\w\-=]{1,255}$/;

export function requestIdOf(header: string | undefined | null): string {
  return header != null && CLIENT_REQUEST_ID.test(header) ? header : crypto.randomUUID();
}
