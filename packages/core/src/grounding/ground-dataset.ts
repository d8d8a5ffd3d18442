import type { AuthoredDataset } from "../schema/authored.ts";
import type { Dataset, Evidence, EvidenceInput } from "../schema/index.ts";
import { ground, type SourceTexts } from "./evidence.ts";

/**
 * Turns the authored dataset into the published one: every `evidence` list is grounded in the
 * seed texts and every source gets its text. Problems are collected, not thrown one at a time,
 * each naming the fact (by its path and id) and the source, so a curator can fix them all at once.
 */
export function groundDataset(
  authored: AuthoredDataset,
  texts: SourceTexts,
): { dataset: unknown; problems: string[] } {
  const problems: string[] = [];

  const visit = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => visit(item, `${path}[${i}]`));
    if (value === null || typeof value !== "object") return value;
    const record = value as Record<string, unknown>;
    const here = typeof record.id === "string" ? `${path} (${record.id})` : path;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(record)) {
      out[key] =
        key === "evidence" && Array.isArray(child)
          ? // A quote that cannot be grounded is reported and left out, so the checks that
            // follow can still read the fact and report its other problems.
            child.flatMap((input: EvidenceInput, i): Evidence[] => {
              const result = ground(texts, input);
              if (typeof result === "string") {
                problems.push(`${here}.evidence[${i}]: ${result}`);
                return [];
              }
              return [result];
            })
          : visit(child, `${path}.${key}`);
    }
    return out;
  };

  const grounded = visit(authored, "dataset") as Dataset;
  const sources = grounded.sources.map((source) => {
    const text = texts.get(source.id);
    if (text === undefined) problems.push(`dataset.sources (${source.id}): no seed file "${source.id}.txt"`);
    return { ...source, text: text ?? "" };
  });
  for (const id of texts.keys()) {
    if (!authored.sources.some((source) => source.id === id)) {
      problems.push(`dataset.sources: seed "${id}" has no source entry`);
    }
  }
  return { dataset: { ...grounded, sources }, problems };
}
