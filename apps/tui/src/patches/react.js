/**
 * Stands in for `react` for the bundle's ES modules (scripts/build.mjs). React is CommonJS, so esbuild
 * gives each of the ~70 modules that import it its own interop copy of React's exports, a getter
 * per export, made as the bundle loads (~10-25 ms of the first frame); through this module the
 * copy is made once. CommonJS requires of React (react-reconciler's) are left alone. JavaScript, as
 * React's types (`export =`) cannot be re-exported with `export *` in TypeScript.
 */
import * as React from "react";

export * from "react";
export default React;
