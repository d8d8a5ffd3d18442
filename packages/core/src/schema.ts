/**
 * @parley/core/schema: the zod schemas of the model and of the queries' answers, for validating
 * data and documenting an API (the types are also exported by `@parley/core`).
 */
export * from "./schema/index.ts";
export * from "./schema/results.ts";
