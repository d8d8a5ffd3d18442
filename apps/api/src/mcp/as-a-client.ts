import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import { CfWorkerJsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/cfworker";
import { type Claim, codePointLength, getSummit, sliceCodePoints } from "@parley/core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Positions, PROVENANCE, type SearchResults } from "./answers.ts";
import { MAX_ANSWER_CHARS } from "./replies.ts";

/**
 * What an MCP client sees of Parley, checked through a transport: the same checks over
 * Streamable HTTP on Node and inside workerd, and over stdio against `parley mcp`. The
 * structured content of every answer is validated against the output schema the server declares,
 * with a JSON Schema validator that needs no code generation (workerd allows none).
 */
export const TOOL_NAMES = [
  "compare_positions",
  "get_claim",
  "get_source",
  "list_actors",
  "list_discrepancies",
  "list_issues",
  "list_summits",
  "search",
  "timeline",
];

/** A valid call of every tool. */
export const VALID_CALLS: Record<string, Record<string, unknown>> = {
  list_summits: {},
  list_issues: { status: "discussed" },
  list_actors: { side: "Rusia", kind: "person" },
  compare_positions: { sides: ["united-states", "russia"], issues: ["ukraine-war", "sanctions"] },
  search: { query: "sepakat", limit: 5 },
  get_claim: { claimId: getSummit("alaska-2025").claims()[0]?.id },
  get_source: { sourceId: "003" },
  list_discrepancies: { kind: "contradiction" },
  timeline: { basis: "stated" },
};

/** Invalid calls of every tool, and what each error must say. */
const INVALID_CALLS: Record<string, [Record<string, unknown>, RegExp][]> = {
  list_summits: [[{ summit: "x" }, /Unrecognized key: "summit"/]],
  list_issues: [
    [{ status: "forgotten" }, /expected one of "discussed"\|"at-stake"/],
    [{ summit: "Alaska-2025" }, /summit: Unknown summit "Alaska-2025"\. Did you mean "alaska-2025"\?/],
  ],
  list_actors: [[{ side: "russsia" }, /side: Unknown side "russsia"\. Did you mean "russia"\?/]],
  compare_positions: [
    [{ sides: ["russsia", "united-states"] }, /sides: Unknown side "russsia"\. Did you mean "russia"\?/],
    [{ issues: ["Ceasefire"] }, /issues: Unknown issue "Ceasefire"\. Did you mean "ceasefire"/],
    [
      { sides: ["russia", "united-states"], actors: ["Lavrov", "Rubio"] },
      /Compare either sides or actors, not both/,
    ],
  ],
  search: [
    [{ query: "a b c d e f g h i j k l m" }, /At most 12 words; this query has 13/],
    [{ query: "damai", limit: 51 }, /limit/],
  ],
  get_claim: [
    [
      { claimId: "trump-acepted-invitation" },
      /claimId: Unknown claim "trump-acepted-invitation"\. Did you mean/,
    ],
  ],
  get_source: [[{ sourceId: "009" }, /sourceId: Unknown source "009"/]],
  list_discrepancies: [
    [{ issue: "Sanctions" }, /issue: Unknown issue "Sanctions"\. Did you mean "sanctions"/],
  ],
  timeline: [[{ actor: "Lavrof" }, /actor: Unknown actor "Lavrof"\. Did you mean "sergey-lavrov"/]],
};

const text = (result: CallToolResult) =>
  result.content.map((part) => (part.type === "text" ? part.text : "")).join("\n");

export interface ClientChecks {
  /**
   * Whether to read a resource that does not exist. The SDK answers it by throwing from a request
   * handler, which Node and the stdio server handle quietly, but inside workerd the test pool
   * reports that rejection as unhandled (the SDK's own "Resource … not found" does the same).
   */
  readsUnknownResource?: boolean;
}

/** Registers the checks, connecting a client through `transport()` before them. */
export function asAClient(
  transport: () => Transport | Promise<Transport>,
  { readsUnknownResource = true }: ClientChecks = {},
): { client: () => Client } {
  const validator = new CfWorkerJsonSchemaValidator();
  const client = new Client({ name: "parley-test", version: "1.0.0" }, { jsonSchemaValidator: validator });
  let tools: Tool[] = [];
  const call = async (name: string, args: Record<string, unknown>) =>
    (await client.callTool({ name, arguments: args })) as CallToolResult;

  beforeAll(async () => {
    await client.connect(await transport());
    tools = (await client.listTools()).tools;
  });
  afterAll(() => client.close());

  it("lists Parley's tools, each read-only, closed-world, with input and output schemas", () => {
    expect(tools.map((t) => t.name).sort()).toEqual(TOOL_NAMES);
    for (const tool of tools) {
      expect(tool.annotations).toMatchObject({ readOnlyHint: true, openWorldHint: false });
      expect(tool.inputSchema.type).toBe("object");
      expect(tool.outputSchema?.type).toBe("object");
      expect(tool.description?.length).toBeGreaterThan(20);
    }
  });

  it("answers every tool's valid call with structured content its output schema accepts, and a text", async () => {
    for (const tool of tools) {
      const result = await call(tool.name, VALID_CALLS[tool.name] ?? {});
      expect(result.isError, `${tool.name}: ${text(result)}`).toBeFalsy();
      const check = validator.getValidator(tool.outputSchema as Record<string, unknown>)(
        result.structuredContent,
      );
      expect(check, tool.name).toMatchObject({ valid: true });
      expect(result.structuredContent).toMatchObject({ provenance: PROVENANCE });
      expect(text(result).length, tool.name).toBeGreaterThan(0);
      expect(JSON.stringify(result.structuredContent).length).toBeLessThan(MAX_ANSWER_CHARS * 2);
    }
  });

  it("answers every tool's invalid call with a tool error that says what to fix", async () => {
    for (const [name, cases] of Object.entries(INVALID_CALLS)) {
      for (const [args, message] of cases) {
        const result = await call(name, args);
        expect(result.isError, name).toBe(true);
        expect(text(result), name).toMatch(message);
        expect(text(result), name).not.toMatch(/\n\s+at /);
      }
    }
    expect(Object.keys(INVALID_CALLS).sort()).toEqual(TOOL_NAMES);
    const unknown = await call("list_summit", {});
    expect(unknown.isError).toBe(true);
    expect(text(unknown)).toMatch(/list_summit/);
  });

  it("compares the sides' own positions apart from hearsay and analysis, each with verbatim evidence", async () => {
    const result = await call("compare_positions", VALID_CALLS.compare_positions ?? {});
    const answer = result.structuredContent as Positions;
    const model = getSummit("alaska-2025");
    expect(answer.rows.map((r) => r.issue.id)).toEqual(["ukraine-war", "sanctions"]);
    // Neither side states its own position on sanctions: a gap, shown as a gap.
    expect(answer.rows[1]?.cells.map((c) => c.gap)).toEqual([true, true]);
    let own = 0;
    for (const row of answer.rows) {
      for (const cell of row.cells) {
        expect(cell.gap).toBe(cell.own.length === 0);
        for (const { claim } of cell.own) {
          own += 1;
          // Own: a speaker acts for the column. Hearsay never is.
          expect(claim.speakerIds.map((id) => model.sideOf(id))).toContain(cell.columnId);
          expectVerbatim(claim, answer.sources);
        }
        for (const { claim } of cell.hearsay) {
          expect(claim.speakerIds.map((id) => model.sideOf(id))).not.toContain(cell.columnId);
        }
      }
    }
    expect(own).toBeGreaterThan(0);
    expect(text(result)).toMatch(/Parley: .+\n.*“.+” \(source \d{3}_/);
  });

  it("finds Indonesian word forms, each claim hit with its verbatim quote and named source", async () => {
    const result = await call("search", { query: "sepakat", limit: 10 });
    const { hits, sources } = result.structuredContent as SearchResults;
    expect(hits.length).toBeGreaterThan(0);
    const matched = hits.flatMap((h) => h.snippet.filter((f) => f.match).map((f) => f.text.toLowerCase()));
    expect(matched.some((word) => word !== "sepakat" && word.includes("sepakat"))).toBe(true);
    for (const hit of hits) if (hit.claim) expectVerbatim(hit.claim, sources);
  });

  it("keeps a comparison of every issue within the answer budget, naming the issues it left out", async () => {
    const result = await call("compare_positions", {});
    const answer = result.structuredContent as {
      rows: { issue: { id: string } }[];
      omittedIssueIds: string[];
    };
    const all = getSummit("alaska-2025")
      .issues()
      .map((i) => i.id);
    expect([...answer.rows.map((r) => r.issue.id), ...answer.omittedIssueIds]).toEqual(all);
    expect(answer.omittedIssueIds.length).toBeGreaterThan(0);
    expect(JSON.stringify(answer.rows).length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
    expect(text(result)).toContain(answer.omittedIssueIds.join(", "));
  });

  it("serves each source as a text/plain resource, verbatim", async () => {
    const { resources } = await client.listResources();
    const model = getSummit("alaska-2025");
    expect(resources.map((r) => r.uri)).toEqual(
      model.sources().map((s) => `parley://summits/alaska-2025/sources/${s.id}`),
    );
    const [first] = model.sources();
    const read = await client.readResource({ uri: `parley://summits/alaska-2025/sources/${first?.id}` });
    expect(read.contents).toEqual([
      { uri: `parley://summits/alaska-2025/sources/${first?.id}`, mimeType: "text/plain", text: first?.text },
    ]);
    if (readsUnknownResource) {
      await expect(client.readResource({ uri: "parley://summits/alaska-2025/sources/009" })).rejects.toThrow(
        /Unknown source "009"/,
      );
    }
  });

  it("offers the fact_check prompt, which asks for verbatim quotes with their sources", async () => {
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => p.name)).toEqual(["fact_check"]);
    const prompt = await client.getPrompt({
      name: "fact_check",
      arguments: { statement: "Putin menolak gencatan senjata" },
    });
    const [message] = prompt.messages;
    expect(message?.content).toMatchObject({
      type: "text",
      text: expect.stringContaining("«Putin menolak gencatan senjata»"),
    });
  });

  return { client: () => client };
}

/** Each quote stands verbatim at its position in its source, and the answer names that source. */
function expectVerbatim(claim: Claim, sources: readonly { id: string }[]): void {
  const model = getSummit("alaska-2025");
  for (const evidence of claim.evidence) {
    const { source } = model.source(evidence.source);
    expect(sliceCodePoints(source.text, evidence.position.start, evidence.position.end)).toBe(
      evidence.quote.exact,
    );
    expect(evidence.position.end).toBeLessThanOrEqual(codePointLength(source.text));
    expect(sources.map((s) => s.id)).toContain(evidence.source);
  }
}
