import { z } from "@hono/zod-openapi";
import { invalidParameter } from "./problem.ts";

/**
 * A query schema that refuses parameters it does not declare, naming the allowed ones, so a
 * typo (`?isue=`) is a 400 rather than a silently ignored filter.
 */
export function strictQuery<S extends z.core.$ZodLooseShape>(shape: S) {
  const allowed = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `Unknown query parameter ${issue.keys.map((k) => `"${k}"`).join(", ")}. ` +
          (allowed.length > 0 ? `Allowed: ${allowed.join(", ")}.` : "This resource takes no parameters.")
        : undefined,
  });
}

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

const CURSOR = /^o([0-9]{1,6})$/;

/** Cursors are opaque to clients; inside they are an offset, so pages stay stable on static data. */
export const encodeCursor = (offset: number) => `o${offset}`;

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const match = CURSOR.exec(cursor);
  if (!match) {
    throw invalidParameter(
      "cursor",
      `Invalid cursor "${cursor.slice(0, 40)}". Use the nextCursor of a previous page, or omit it for the first page.`,
    );
  }
  return Number(match[1]);
}

export const Pagination = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .openapi({ description: "At most this many items (1–200).", example: 20 }),
  cursor: z
    .string()
    .max(20)
    .optional()
    .openapi({ description: "The `nextCursor` of the previous page; omit for the first page." }),
};
