import type { Hook } from "@hono/zod-openapi";
import type { Env } from "hono";
import { type ParameterError, problemResponse } from "./problem.ts";

type ValidationHook = Hook<unknown, Env, string, unknown>;

/**
 * Turns a failed request validation into a 400 problem listing each bad parameter with a
 * message a person can act on (the allowed values, the allowed parameters, the limits).
 */
export const validationProblem: ValidationHook = (result, c) => {
  if (result.success) return;
  const errors: ParameterError[] = result.error.issues.map((issue) => {
    const unknown = issue.code === "unrecognized_keys" ? issue.keys[0] : undefined;
    const parameter =
      issue.path.length > 0 ? String(issue.path[0]) : unknown === "" ? "(empty)" : (unknown ?? "(query)");
    const message =
      issue.code === "invalid_value" && "values" in issue
        ? `Invalid value. Expected one of: ${issue.values.join(", ")}.`
        : issue.message;
    return { parameter, detail: issue.path.length > 0 ? `${parameter}: ${message}` : message };
  });
  return problemResponse(c, {
    status: 400,
    slug: "invalid-parameter",
    detail: errors.map((e) => e.detail).join(" "),
    extensions: { errors },
  });
};
