import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import * as z from "zod";

/** The fact-check a user can start from a client's prompt menu. */
export function registerPrompts(server: McpServer): void {
  server.registerPrompt(
    "fact_check",
    {
      title: "Fact-check a statement",
      description:
        "Check a statement about the summit against Parley's sources: find the sentences that support or contradict it and cite them verbatim.",
      argsSchema: {
        statement: z.string().min(1).max(1000).describe("The statement to check, in any language."),
      },
    },
    ({ statement }) => ({
      messages: [
        {
          role: "user",
          content: {
            type: "text",
            text: [
              `Fact-check this statement against Parley's sources: «${statement}»`,
              "",
              "Use Parley's tools: `search` (the sources are Indonesian; search the Indonesian words too, word forms match), `compare_positions` for the sides' positions per issue, `get_claim` for one claim, `list_discrepancies` where the sources disagree.",
              "For each sentence that supports or contradicts the statement:",
              "- quote evidence[].quote.exact verbatim, and name its source (id and title);",
              "- say who asserts it (speakerIds; none means the journalist's narration), whose position it is (subjectIds) and who relays it (reporterId): Lavrov saying Trump accepted is not Trump's position;",
              "- mark Parley's summaries as Parley's translation, not the source's words.",
              "Then say whether the sources support, contradict or do not settle the statement. If they say nothing, say so rather than answer from memory.",
            ].join("\n"),
          },
        },
      ],
    }),
  );
}
