import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/**
 * The policy of a reader's page: its own stylesheet and nothing else. No script at all (the pages
 * work without one), no inline style, forms only to the app itself, no framing.
 */
const pagePolicy = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'"],
    formAction: ["'self'"],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
  },
  // Only the policy: the rest of the secure headers are the app's, on every answer.
  crossOriginEmbedderPolicy: false,
  crossOriginOpenerPolicy: false,
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  referrerPolicy: false,
  strictTransportSecurity: false,
  xContentTypeOptions: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xFrameOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
  // A page that sets its own (the API reference, which loads Scalar) keeps it.
  overwrite: false,
});

const noop = async () => {};

/** Puts the page policy on every HTML answer, pages and problem pages alike; data keeps the data policy. */
export function pageSecurity(): MiddlewareHandler {
  return async function pageSecurity(c, next) {
    await next();
    if (c.res.headers.get("content-type")?.startsWith("text/html")) await pagePolicy(c, noop);
  };
}
