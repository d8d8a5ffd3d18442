/**
 * Stands in for `node:process` in Ink and its dependencies (scripts/build.mjs). Fourteen of their
 * modules `import process from "node:process"`, and for a default import of a CommonJS module the
 * bundle made each a copy of the process object, a getter for each of its ~150 properties, as it
 * loaded: ~2 ms of every start. They get the process object itself, which is what Node gives an
 * ES module for that import. A named import this module lacks fails the build.
 */
export default process;
export const { cwd } = process;
