import type * as z from "zod";
import { DatasetError } from "../errors.ts";
import { groundDataset } from "../grounding/ground-dataset.ts";
import { checkIntegrity } from "../integrity.ts";
import { Authored } from "../schema/authored.ts";
import { Dataset } from "../schema/index.ts";
import { loadLanguages } from "../search/languages.ts";
import { SummitModel } from "../summit-model.ts";
import { assembleDataset, type DataFile } from "./assemble.ts";
import { checkEditorial } from "./editorial.ts";

/** What `buildSummit` reads: a summit's data files and the texts their quotes come from. */
export interface SummitFiles {
  /**
   * The summit file: the summit, its actors, issues, outcomes, discrepancies and timeline, as
   * parsed from YAML or JSON (`@parley/core/summit-file.schema.json` describes it). `name` is
   * only used to say where a problem is.
   */
  summit: DataFile;
  /** One file per source: its id, language and title, its notes and its claims (`source-file.schema.json`). */
  sources: readonly DataFile[];
  /** Every source's full text, by source id, exactly as published: quotes are found in it verbatim. */
  texts: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
}

/** How strict `buildSummit` is. */
export interface BuildOptions {
  /**
   * Accept facts whose review is still `draft` (default false). Parley publishes only reviewed
   * facts; an editor builds drafts to see them while working.
   */
  allowDrafts?: boolean;
}

/** A built summit, or every problem that stops it, each naming its file and fact. */
export type BuildResult =
  | { ok: true; model: SummitModel; problems: readonly [] }
  | { ok: false; model: null; problems: readonly string[] };

const schemaProblems = (error: z.ZodError) =>
  error.issues.map((i) => `dataset.${i.path.join(".")}: ${i.message}`);

/**
 * Builds a summit model from data files written the way Parley's own are (see DATA.md): fills in
 * the files' defaults, finds every quote verbatim in its source's text and computes its W3C
 * selectors, validates the result, checks that every reference resolves and every claim is coded
 * by the rules, that summaries keep the quotes' hedges and that facts were reviewed, and loads
 * the search stemmers of the sources' languages. Each stage runs on what the one before left, so
 * one call reports every problem of every file; only files that are not the shape of their
 * schema stop it early.
 *
 * @example
 * const result = await buildSummit({
 *   summit: { name: "summit.yaml", data: parse(summitYaml) },
 *   sources: [{ name: "002.yaml", data: parse(sourceYaml) }],
 *   texts: { "002": articleText },
 * });
 * if (!result.ok) throw new Error(result.problems.join("\n"));
 * compare(result.model);
 */
export async function buildSummit(files: SummitFiles, options: BuildOptions = {}): Promise<BuildResult> {
  const texts: ReadonlyMap<string, string> =
    files.texts instanceof Map ? files.texts : new Map(Object.entries(files.texts));
  const fail = (problems: readonly string[]): BuildResult => ({
    ok: false,
    model: null,
    problems: [...new Set(problems)],
  });

  const assembled = assembleDataset(files.summit, files.sources);
  if (assembled.dataset === null) return fail(assembled.problems);
  const problems = [...assembled.problems];
  const shape = Authored.Dataset.safeParse(assembled.dataset);
  if (!shape.success) problems.push(...schemaProblems(shape.error));

  const grounded = groundDataset(assembled.dataset, texts);
  problems.push(...grounded.problems);
  const parsed = Dataset.safeParse(grounded.dataset, { jitless: true });
  if (!parsed.success && !shape.success) return fail([...problems, ...schemaProblems(parsed.error)]);
  // With the authored shape valid, the published one fails only where a quote was not found (and
  // left out, already reported): the remaining checks still read every fact and add what they find.
  const checked = parsed.success ? parsed.data : (grounded.dataset as Dataset);
  problems.push(...checkIntegrity(checked), ...checkEditorial(checked, options));
  if (!parsed.success) return fail(problems.length > 0 ? problems : schemaProblems(parsed.error));
  if (problems.length > 0) return fail(problems);
  return { ok: true, model: await modelOf(parsed.data), problems: [] };
}

/** A model of a validated dataset, with the stemmers of every language its texts are in. */
async function modelOf(dataset: Dataset): Promise<SummitModel> {
  const summaries = dataset.claims.flatMap((claim) => Object.keys(claim.summary));
  await loadLanguages([...dataset.sources.map((s) => s.language), ...summaries]);
  return new SummitModel(dataset);
}

/**
 * A model of a published dataset (the JSON the API serves, or `JSON.parse` of it): validated and
 * checked as `buildSummit` checks what it builds, with every problem reported at once. Throws a
 * `DatasetError` listing them.
 */
export async function loadSummit(dataset: unknown): Promise<SummitModel> {
  const parsed = Dataset.safeParse(dataset, { jitless: true });
  if (!parsed.success) throw new DatasetError(schemaProblems(parsed.error));
  const problems = checkIntegrity(parsed.data);
  if (problems.length > 0) throw new DatasetError(problems);
  return modelOf(parsed.data);
}
