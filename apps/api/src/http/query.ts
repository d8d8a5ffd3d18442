import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { invalidParameter } from "./problem.ts";

/**
 * A query schema that refuses parameters it does not declare, naming the allowed ones, so a
 * typo (`?isue=`) is a 400 rather than a silently ignored filter.
 */
export function strictQuery<S extends z.core.$ZodLooseShape>(shape: S) {
  const allowed = Object.keys(shape);
  const allowedText =
    allowed.length > 0 ? `Allowed: ${allowed.join(", ")}.` : "This resource takes no parameters.";
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== "unrecognized_keys") return undefined;
      if (issue.keys.includes("")) {
        return `A query parameter has an empty name ("=value", or "&=" in the query); remove it. ${allowedText}`;
      }
      return `Unknown query parameter ${issue.keys.map((k) => `"${k}"`).join(", ")}. ${allowedText}`;
    },
  });
}

/** A parameter that takes one value: given twice it is refused, not read as NaN or the last one. */
const once = (name: string) => (issue: { input?: unknown }) =>
  Array.isArray(issue.input) ? `Give ${name} once; it was given ${issue.input.length} times.` : undefined;

/**
 * A count (`limit`): digits only, so `1e2`, `0x10`, ` 5` and `5.0` are refused rather than read
 * as numbers, within 1..max.
 */
export function count(name: string, max: number, fallback: number, description: string) {
  return z
    .string({ error: once(name) })
    .regex(/^[0-9]{1,6}$/, { error: `Expected a whole number written in digits, from 1 to ${max}.` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, { error: `Expected a whole number from 1 to ${max}.` })
        .max(max, { error: `Expected a whole number from 1 to ${max}.` }),
    )
    .optional()
    .transform((value) => value ?? fallback)
    .openapi({
      type: "integer",
      minimum: 1,
      maximum: max,
      default: fallback,
      description,
      example: Math.min(20, max),
    });
}

/** A single string value, refused when given twice. */
export const single = (name: string) => z.string({ error: once(name) });

const splitList = (value: unknown) =>
  typeof value === "string"
    ? value
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part !== "")
    : value;

/**
 * A comma-separated list (`?issue=ceasefire,sanctions`), documented as an OpenAPI `form`
 * array with `explode: false`. A parameter given twice arrives as an array and means the same.
 */
export function listOf<T extends z.ZodType>(item: T, description: string, example: string) {
  return z
    .preprocess(splitList, z.array(item).min(1))
    .optional()
    .openapi({ param: { style: "form", explode: false }, description, example: example.split(",") });
}

export const idList = (description: string, example: string) =>
  listOf(z.string().min(1).max(200), description, example);

const CURSOR = /^o([0-9]{1,6})\.([0-9a-z]{1,7})$/;

/** FNV-1a over a filter's canonical JSON: a cursor names the filter it pages through. */
function filterTag(filter: object): string {
  const canonical = JSON.stringify(Object.entries(filter).sort(([a], [b]) => (a < b ? -1 : 1)));
  let hash = 0x811c9dc5;
  for (let i = 0; i < canonical.length; i++) hash = Math.imul(hash ^ canonical.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * Cursors are opaque to clients; inside they are an offset, so pages stay stable on static data,
 * and a tag of the filter, so a cursor is not reused with another filter to give a wrong page.
 */
export const encodeCursor = (offset: number, filter: object) => `o${offset}.${filterTag(filter)}`;

export function decodeCursor(cursor: string | undefined, filter: object): number {
  if (cursor === undefined) return 0;
  const match = CURSOR.exec(cursor);
  if (!match) {
    throw invalidParameter(
      "cursor",
      `cursor: Invalid cursor "${cursor.slice(0, 40)}". Use the nextCursor of a previous page, or omit it for the first page.`,
    );
  }
  if (match[2] !== filterTag(filter)) {
    throw invalidParameter(
      "cursor",
      "cursor: This cursor pages through another filter. Use the nextCursor of a page with the same filters, or omit it for the first page.",
    );
  }
  return Number(match[1]);
}

export const Pagination = {
  limit: count("limit", 200, 50, "At most this many items (1–200)."),
  cursor: single("cursor").max(20).optional().openapi({
    description: "The `nextCursor` of the previous page, with the same filters; omit for the first page.",
  }),
};

const NO_PARAMETERS = strictQuery({});

/** For a route outside the OpenAPI routes (no validator of its own): any query parameter is a 400. */
export function refuseParameters(c: Context): void {
  const query = c.req.query();
  const parsed = NO_PARAMETERS.safeParse(query);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "This resource takes no parameters.";
    throw invalidParameter(Object.keys(query)[0] ?? "(query)", message);
  }
}
