/**
 * @parley/core/authoring: build a model of your own summit from data files and source texts, as
 * Parley builds the Alaska summit (see the README and DATA.md).
 */
export type { DataFile } from "./authoring/assemble.ts";
export type { BuildOptions, BuildResult, SummitFiles } from "./authoring/build.ts";
export { buildSummit, loadSummit } from "./authoring/build.ts";
export { checkEditorial, HEDGES, lostHedges } from "./authoring/editorial.ts";
export type { EvidenceRef, KnownIds } from "./authoring/format.ts";
export { fileSchemas, SourceFile, SummitFile } from "./authoring/format.ts";
export type { SourceTexts } from "./grounding/evidence.ts";
export { ground, verifyEvidence } from "./grounding/evidence.ts";
export { checkIntegrity } from "./integrity.ts";
export { saveSearchIndex } from "./search/search.ts";
