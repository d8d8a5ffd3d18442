import { useEffect, useReducer } from "react";
import { useUi } from "../contexts/ui.tsx";
import type { Awaitable } from "../data/data-source.ts";

type Entry = { data: unknown } | { error: unknown } | { pending: Promise<void> };

/** Answers kept for the session: the data is fixed, so a screen reopened draws at once. */
export type QueryCache = Map<string, Entry>;

/** Forgets the failures, so that the screens ask again when they next draw (retry). */
export function forgetErrors(cache: QueryCache): void {
  for (const [key, entry] of cache) if ("error" in entry) cache.delete(key);
}

export type Query<T> = { data: T; error?: undefined } | { data?: undefined; error?: unknown };

/**
 * Reads from the data source. A synchronous answer (embedded data) is used in the same render,
 * so there is no loading frame; a promise (the API) re-renders when it settles.
 */
export function useQuery<T>(key: string, load: () => Awaitable<T>): Query<T> {
  const { cache } = useUi();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  let entry = cache.get(key);
  if (!entry) {
    try {
      const value = load();
      if (value instanceof Promise) {
        const pending = value.then(
          (data) => void cache.set(key, { data }),
          (error: unknown) => void cache.set(key, { error }),
        );
        entry = { pending };
      } else entry = { data: value };
    } catch (error) {
      entry = { error };
    }
    cache.set(key, entry);
  }
  const pending = "pending" in entry ? entry.pending : undefined;
  useEffect(() => {
    let live = true;
    pending?.then(() => live && rerender());
    return () => {
      live = false;
    };
  }, [pending]);
  if ("data" in entry) return { data: entry.data as T };
  if ("error" in entry) return { error: entry.error };
  return {};
}
