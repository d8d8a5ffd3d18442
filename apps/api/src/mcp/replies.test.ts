import { InvalidQueryError, UnknownIdError } from "@parley/core";
import { describe, expect, it, vi } from "vitest";
import { MAX_ANSWER_CHARS, reply, toolError, withinBudget } from "./replies.ts";

describe("tool errors", () => {
  it("name the argument that holds an unknown id, with the core's suggestions", () => {
    const error = new UnknownIdError("side", "russsia", ["russia"]);
    expect(toolError(error, { side: "sides" })).toEqual({
      isError: true,
      content: [{ type: "text", text: 'sides: Unknown side "russsia". Did you mean "russia"?' }],
    });
  });

  it("pass on a query the core cannot answer, and answer a bug without its stack", () => {
    expect(
      toolError(new InvalidQueryError("sides", "Compare needs at least two different sides; got 1."), {}),
    ).toMatchObject({
      isError: true,
      content: [{ text: "Compare needs at least two different sides; got 1." }],
    });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const bug = toolError(new TypeError("x is undefined"), {});
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
    expect(bug.content).toEqual([
      {
        type: "text",
        text: "Parley failed to answer this call. It is a bug in Parley, not in your arguments.",
      },
    ]);
  });

  it("cover an unknown summit too, which is read before the answer", () => {
    const result = reply(
      "alaska-2024",
      () => ({}),
      () => "",
      { summit: "summit" },
    );
    expect(result).toMatchObject({
      isError: true,
      content: [
        {
          text: expect.stringMatching(/^summit: Unknown summit "alaska-2024"\. Did you mean "alaska-2025"\?/),
        },
      ],
    });
  });
});

describe("the answer budget", () => {
  it("keeps items in order while they fit, the first always, and names the rest", () => {
    const items = [
      { id: "a", text: "x".repeat(MAX_ANSWER_CHARS) },
      { id: "b", text: "" },
      { id: "c", text: "" },
    ];
    expect(withinBudget(items, (i) => i.id)).toEqual({ kept: [items[0]], omitted: ["b", "c"] });
    expect(withinBudget(items.slice(1), (i) => i.id)).toEqual({ kept: items.slice(1), omitted: [] });
  });
});
