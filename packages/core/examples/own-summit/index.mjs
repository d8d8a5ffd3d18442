// Builds a summit of our own from two articles with @parley/core, then prints its comparison
// (issues × sides) and a search, each claim with its verbatim quote and the source it is from.
//
//   npm start                 the comparison, and a search for "undangan" (invitation)
//   npm start -- hubungan     the comparison, and a search for "hubungan" (relations)
// biome-ignore-all lint/suspicious/noConsole: printing is what this program does
import { readdirSync, readFileSync } from "node:fs";
import { compare, getSummit, localize, registerSummit, search } from "@parley/core";
import { buildSummit } from "@parley/core/authoring";
import { parse } from "yaml";

const here = (path) => new URL(path, import.meta.url);
const read = (path) => readFileSync(here(path), "utf8");

// One summit file, one file per source (named by the source's id), and each source's text.
const sourceFiles = readdirSync(here("data/"))
  .filter((name) => name.endsWith(".yaml") && name !== "summit.yaml")
  .sort()
  .map((name) => ({ name: `data/${name}`, data: parse(read(`data/${name}`)) }));
const texts = Object.fromEntries(sourceFiles.map(({ data }) => [data.id, read(`texts/${data.id}.txt`)]));

const result = await buildSummit({
  summit: { name: "data/summit.yaml", data: parse(read("data/summit.yaml")) },
  sources: sourceFiles,
  texts,
});
if (!result.ok) {
  // Every problem of every file at once, each naming its file and fact.
  console.error(`The summit does not build (${result.problems.length} problems):`);
  for (const problem of result.problems) console.error(`  - ${problem}`);
  process.exit(1);
}

// Registered, the summit is served by id like the bundled Alaska summit.
registerSummit(result.model);
const summit = getSummit("anchorage-invitation-2025");
const en = (label) => localize(label, "en");
const name = (id) => en(summit.actor(id).name);
// The verbatim evidence, each quote after the id of the source it is from.
const quoteOf = (claim) => claim.evidence.map((e) => `[${e.source}] ${e.quote.exact}`).join(" … ");
// Who asserts it, about whom, relayed by whom: three different facts of a claim.
const whoOf = (claim) => {
  const speakers = claim.speakerIds.length > 0 ? claim.speakerIds.map(name).join(", ") : "the article";
  const others = claim.subjectIds.filter((id) => !claim.speakerIds.includes(id));
  const about = others.length > 0 ? ` about ${others.map(name).join(", ")}` : "";
  const via = claim.reporterId ? `, via ${name(claim.reporterId)}` : "";
  return `${speakers}${about}${via}`;
};

console.log(`${en(summit.summit.name)} (${summit.summit.id})`);
console.log(`Place: ${summit.summit.place ? en(summit.summit.place.label) : "not stated"}`);
console.log(`Date: ${summit.summit.date?.value ?? "not stated in these sources"}`);
const sources = summit.sources().map((s) => `${s.id} (${s.language})`);
console.log(`Sources: ${sources.join(", ")}`);

// The participants' sides, one row per issue. Each cell keeps the side's own words apart from
// what others say about it (hearsay) and what analysts read into it (analysis); a cell without
// a position of its own is a gap.
const comparison = compare(summit);
const columnName = new Map(comparison.columns.map((c) => [c.id, en(c.name)]));
console.log(`\nComparison: ${comparison.columns.map((c) => en(c.name)).join(" × ")}`);
for (const row of comparison.rows) {
  console.log(`\n## ${en(row.issue.label)} (${row.issue.id})`);
  for (const cell of row.cells) {
    console.log(`  ${columnName.get(cell.columnId)}${cell.gap ? ": gap, no position of its own" : ""}`);
    for (const group of ["own", "hearsay", "analysis"]) {
      for (const { claim, stance } of cell[group]) {
        console.log(`    ${group} · ${stance} · ${claim.id} (${whoOf(claim)}, ${claim.attribution})`);
        console.log(`      ${en(claim.summary)}`);
        console.log(`      ${quoteOf(claim)}`);
      }
    }
  }
}

// Search in the sources' language: Indonesian stemming, so "undangan" also finds "mengundang".
const query = process.argv[2] ?? "undangan";
const hits = search(summit, query, { limit: 5 });
console.log(`\nSearch "${query}": ${hits.length} hits`);
for (const hit of hits) {
  const snippet = hit.snippet.map((f) => (f.match ? `[${f.text}]` : f.text)).join("");
  console.log(`  ${hit.kind} ${hit.id} (${hit.field}, ${hit.language}): ${snippet}`);
  if (hit.claim) console.log(`    ${quoteOf(hit.claim)}`);
}
