import { OpenAPIHono } from "@hono/zod-openapi";
import { refuseParameters } from "../http/query.ts";
import { negotiate, represent } from "../http/representation.ts";

/**
 * The Scalar API reference, pinned: this exact file of @scalar/api-reference with its Subresource
 * Integrity hash, so a changed or compromised CDN file is refused by the browser. To move to
 * another version: `npm pack @scalar/api-reference@<version>`, then
 * `openssl dgst -sha384 -binary package/dist/browser/standalone.js | openssl base64 -A`.
 */
const SCALAR = {
  src: "https://cdn.jsdelivr.net/npm/@scalar/api-reference@1.72.1/dist/browser/standalone.js",
  integrity: "sha384-U11tb2XnKvmwt8RlTvnwUnYgrN+ur4Xyh9htLhjajWNR/Oyl5AX5DEz00qRmlrmK",
};

// No inline script, so the policy needs no 'unsafe-inline' for scripts; Scalar injects its styles.
const DOCS_POLICY = [
  "default-src 'none'",
  `script-src 'self' ${new URL(SCALAR.src).origin}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Parley API</title></head>
<body>
<div id="app"></div>
<script src="${SCALAR.src}" integrity="${SCALAR.integrity}" crossorigin="anonymous"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;

const INIT = `Scalar.createApiReference("#app", { url: "/openapi.json", withDefaultFonts: false });\n`;

/** The OpenAPI document and its reference page, answered like every resource (ETag, gzip, cache). */
export function docsRoutes(document: () => object) {
  return new OpenAPIHono()
    .get("/openapi.json", (c) => {
      refuseParameters(c);
      return represent(c, negotiate(c, ["application/json"]), document);
    })
    .get("/docs", (c) => {
      refuseParameters(c);
      return represent(c, negotiate(c, ["text/html"]), () => PAGE, {
        "Content-Security-Policy": DOCS_POLICY,
      });
    })
    .get("/docs/init.js", (c) => {
      refuseParameters(c);
      return represent(c, negotiate(c, ["text/javascript"]), () => INIT);
    });
}
