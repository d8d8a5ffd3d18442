import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import {
  type EntityKind,
  getSummit,
  ParleyError,
  type SummitModel,
  summitIds,
  UnknownIdError,
} from "@parley/core";

/**
 * A tool's answer as MCP wants it: the structured content, and a short text rendering of it for
 * clients that show text only. Errors the core throws on purpose (an unknown id, a question that
 * cannot be answered) become tool errors (isError) worded as the API words them, with the same
 * "Did you mean …" suggestions, naming the argument that holds the bad value; the model can read
 * them and try again. Anything else is a bug, also answered as a tool error, never a crash.
 */
export function reply<T extends Record<string, unknown>>(
  summit: string | undefined,
  answer: (model: SummitModel) => T,
  render: (value: T, model: SummitModel) => string,
  parameters: Partial<Record<EntityKind, string>> = {},
): CallToolResult {
  try {
    // The summit named, else the first registered (the bundled Alaska summit).
    const model = getSummit(summit ?? (summitIds()[0] as string));
    const value = answer(model);
    return { content: [{ type: "text", text: render(value, model) }], structuredContent: value };
  } catch (error) {
    return toolError(error, parameters);
  }
}

export function toolError(error: unknown, parameters: Partial<Record<EntityKind, string>>): CallToolResult {
  let text: string;
  if (error instanceof UnknownIdError) {
    text = `${parameters[error.kind] ?? error.kind}: ${error.message}`;
  } else if (error instanceof ParleyError) {
    text = error.message;
  } else {
    // A bug: say so without its stack, which is for the server's log, not the client.
    console.error(error);
    text = "Parley failed to answer this call. It is a bug in Parley, not in your arguments.";
  }
  return { isError: true, content: [{ type: "text", text }] };
}

/**
 * The most an answer holds, in characters of JSON (about 12k tokens): the whole model would not
 * fit a conversation. Lists are cut to it and say which ids they left out.
 */
export const MAX_ANSWER_CHARS = 48_000;

/** Items in order while their JSON fits the budget (the first always); the ids of the rest. */
export function withinBudget<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  budget = MAX_ANSWER_CHARS,
): { kept: T[]; omitted: string[] } {
  const kept: T[] = [];
  const omitted: string[] = [];
  let used = 0;
  for (const item of items) {
    used += JSON.stringify(item).length;
    if (kept.length === 0 || used <= budget) kept.push(item);
    else omitted.push(idOf(item));
  }
  return { kept, omitted };
}
