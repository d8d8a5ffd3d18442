/** The base of every error the core throws on purpose; anything else is a bug. */
export class ParleyError extends Error {
  override name = "ParleyError";
}

/** The kind of thing an unknown id was meant to name. */
export type EntityKind =
  | "summit"
  | "actor"
  | "side"
  | "issue"
  | "claim"
  | "source"
  | "outcome"
  | "discrepancy"
  | "event";

/** An id that names nothing in the dataset, with the nearest ids that do. */
export class UnknownIdError extends ParleyError {
  override name = "UnknownIdError";
  constructor(
    readonly kind: EntityKind,
    readonly id: string,
    readonly suggestions: string[],
  ) {
    super(
      `Unknown ${kind} "${id}".` +
        (suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(", ")}?` : ""),
    );
  }
}

/** A query argument that cannot be answered as given (e.g. a comparison of fewer than two sides). */
export class InvalidQueryError extends ParleyError {
  override name = "InvalidQueryError";
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** A dataset that cannot be modelled as given, with every problem found, each naming its fact. */
export class DatasetError extends ParleyError {
  override name = "DatasetError";
  constructor(readonly problems: readonly string[]) {
    super(`The dataset has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  }
}
