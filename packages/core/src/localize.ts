import type { Localized } from "./schema/model.ts";

/**
 * Parley's text in the language a reader asked for. A dataset gives its labels and summaries in
 * the languages its authors wrote; when the asked-for one is missing the fallback is, in order:
 * the same language in another region (`pt` for `pt-BR`, or `pt-BR` for `pt`), English, then the
 * first language the text has. Tags compare case-insensitively, as BCP 47 says.
 */
export function localize(text: Localized, language: string): string {
  const entries = Object.entries(text);
  const wanted = language.toLowerCase();
  const primary = (tag: string) => tag.toLowerCase().split("-")[0];
  const found =
    entries.find(([tag]) => tag.toLowerCase() === wanted) ??
    entries.find(([tag]) => primary(tag) === primary(wanted)) ??
    entries.find(([tag]) => primary(tag) === "en") ??
    entries[0];
  return found?.[1] ?? "";
}
