import type { z } from "@hono/zod-openapi";
import { Problem } from "../schemas.ts";

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: Problem } },
});

/** The error answers every summit-scoped read can give, documented once. */
export const problems = {
  400: problem(
    "Invalid or unknown query parameter, with the allowed values; for an unknown id in one, `parameter`, `kind`, `id` and `suggestions`.",
  ),
  404: problem("Unknown summit (or other id in the path), with `kind`, `id` and the nearest valid ids."),
  406: problem("None of the representations this resource offers is acceptable."),
  414: problem("The URL or its query string is over the length limits."),
} as const;

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
