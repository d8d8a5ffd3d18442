import { createServer, type Server, STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { PROBLEM_HEADERS, problemJson } from "../http/problem.ts";

/**
 * Node's own limits, which Node sets loosely by default (60 s for headers, no cap on
 * connections): a client may take this long to send its headers and its whole request, and this
 * many connections are served at once.
 */
const NODE_LIMITS = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  maxConnections: 1024,
  maxHeaderBytes: 16 * 1024,
};

/** What Node refuses before the app sees a request, in words a client can act on. */
function refusal(code: string | undefined): { status: number; detail: string } {
  if (code === "HPE_HEADER_OVERFLOW") {
    return {
      status: 431,
      detail: `The request's headers are over ${NODE_LIMITS.maxHeaderBytes / 1024} KB in all; send fewer or shorter headers.`,
    };
  }
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") {
    return {
      status: 408,
      detail: `The request did not arrive in time (headers within ${NODE_LIMITS.headersTimeoutMs / 1000} s, the whole request within ${NODE_LIMITS.requestTimeoutMs / 1000} s).`,
    };
  }
  return {
    status: 400,
    detail: `The request is not valid HTTP/1.1 (${code ?? "unparsable"}); fix the client.`,
  };
}

function rawProblem(status: number, detail: string): string {
  const body = problemJson({ status: status as 400, slug: "http-error", detail });
  const headers = {
    ...PROBLEM_HEADERS,
    "content-length": String(Buffer.byteLength(body)),
    connection: "close",
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join("")}\r\n${body}`;
}

/**
 * The Node server for the app: @hono/node-server's request listener on Node's own server, with
 * the limits above, and problem documents for what Node or the adapter refuse before the app
 * runs (a header too large, a request too slow, a bad Host, a target such as `OPTIONS *`).
 */
export function createNodeServer(fetch: Parameters<typeof getRequestListener>[0]): Server {
  const listener = getRequestListener(fetch, {
    errorHandler: (error) => {
      const detail = `The request could not be read: ${error instanceof Error ? error.message : "malformed"}. Send a path starting with "/" and a valid Host header.`;
      return new Response(problemJson({ status: 400, slug: "http-error", detail }), {
        status: 400,
        headers: PROBLEM_HEADERS,
      });
    },
  });
  const server = createServer(
    {
      headersTimeout: NODE_LIMITS.headersTimeoutMs,
      requestTimeout: NODE_LIMITS.requestTimeoutMs,
      maxHeaderSize: NODE_LIMITS.maxHeaderBytes,
      // How often Node looks for requests over those timeouts (default 30 s).
      connectionsCheckingInterval: 1_000,
    },
    listener,
  );
  server.maxConnections = NODE_LIMITS.maxConnections;
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || error.code === "ECONNRESET") {
      socket.destroy();
      return;
    }
    const { status, detail } = refusal(error.code);
    socket.end(rawProblem(status, detail));
  });
  return server;
}
