import { type McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import { getSummit, ParleyError, summitIds } from "@parley/core";

export const sourceUri = (summitId: string, sourceId: string) =>
  `parley://summits/${summitId}/sources/${sourceId}`;

/**
 * Each source's verbatim text as a resource, so a client can attach a whole article to a
 * conversation and check a quote's offsets against it.
 */
export function registerSourceResources(server: McpServer): void {
  server.registerResource(
    "source",
    new ResourceTemplate("parley://summits/{id}/sources/{sourceId}", {
      list: () => ({
        resources: summitIds().flatMap((id) =>
          getSummit(id)
            .sources()
            .map((source) => ({
              uri: sourceUri(id, source.id),
              name: source.id,
              title: source.title,
              mimeType: "text/plain",
              description: `The verbatim text of source ${source.id} (${source.language}) of the summit ${id}.`,
            })),
        ),
      }),
    }),
    {
      title: "Source article",
      description: "A source article's full verbatim text, as Parley's evidence offsets count it.",
      mimeType: "text/plain",
    },
    (uri, { id, sourceId }) => {
      try {
        const { source } = getSummit(String(id)).source(String(sourceId));
        return { contents: [{ uri: uri.href, mimeType: "text/plain", text: source.text }] };
      } catch (error) {
        // A resource has no error result of its own: the JSON-RPC error carries the suggestions.
        if (error instanceof ParleyError) throw new McpError(ErrorCode.InvalidParams, error.message);
        throw error;
      }
    },
  );
}
