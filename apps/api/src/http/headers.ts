import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";

/** What this read-only API allows on every resource; `Allow` lists it, CORS preflights grant it. */
export const READ_METHODS = ["GET", "HEAD", "OPTIONS"];

/** CORS open for reads: any origin, the headers a client needs to revalidate and report. */
export const corsForReads = () =>
  cors({
    origin: "*",
    allowMethods: READ_METHODS,
    exposeHeaders: ["ETag", "X-Request-Id", "Allow"],
    maxAge: 86400,
  });

/**
 * The secure headers that matter for a JSON API, on every answer. Answers are data, never a page:
 * they may be read cross-origin but not framed, and load nothing. A page (the docs) sets its own
 * Content-Security-Policy, which is kept. The legacy browser headers are left out.
 */
export const secureHeadersForData = () =>
  secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    crossOriginResourcePolicy: "cross-origin",
    xFrameOptions: "DENY",
    originAgentCluster: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
    overwrite: false,
  });
