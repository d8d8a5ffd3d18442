import { hc } from "hono/client";
import type { AppType } from "./app.ts";

export type { AppType } from "./app.ts";

export interface ClientOptions {
  /** The fetch to send requests with (default the global one); tests pass `app.request`. */
  fetch?: typeof fetch;
  /** Abort a request that takes longer than this (default 10 s). */
  timeoutMs?: number;
}

/**
 * A typed client for the Parley API: paths, query parameters and response bodies are checked
 * against the server's own route definitions, e.g.
 * `await (await client.v1.summits[":id"].compare.$get({ param: { id: "alaska-2025" }, query: {} })).json()`.
 */
export function createClient(baseUrl: string, options: ClientOptions = {}) {
  const send = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  return hc<AppType>(baseUrl, {
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
      return send(input, { ...init, signal });
    }) as typeof fetch,
  });
}

export type ParleyClient = ReturnType<typeof createClient>;
