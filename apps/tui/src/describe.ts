import type { Actor, Claim, Evidence } from "@parley/core";
import type { SourceSummary } from "./data/data-source.ts";
import { attributionLabel, type Lang, pick, t } from "./i18n.ts";

/**
 * How facts are named on screen and in print: actors by name, sources by a short tag. Built
 * once per data set so that a screen does not search the actor list for every line.
 */
export class Names {
  private readonly actors: Map<string, Actor>;
  private readonly sources: Map<string, SourceSummary>;

  constructor(actors: readonly Actor[], sources: readonly SourceSummary[]) {
    this.actors = new Map(actors.map((a) => [a.id, a]));
    this.sources = new Map(sources.map((s) => [s.id, s]));
  }

  actor(id: string | null | undefined, lang: Lang): string {
    if (id === null || id === undefined) return t(lang, "journalist");
    const actor = this.actors.get(id);
    return actor ? pick(actor.name, lang) : id;
  }

  /** "000" or "002 sekilasnews": the seed's number, and the outlet when the text names one. */
  sourceTag(sourceId: string): string {
    const number = sourceId.slice(0, 3);
    const outlet = this.sources.get(sourceId)?.outletId;
    return outlet ? `${number} ${this.actors.get(outlet)?.aliases[0] ?? outlet}` : number;
  }

  sourceTitle(sourceId: string): string {
    return this.sources.get(sourceId)?.title ?? sourceId;
  }

  /** The tags of the sources some evidence comes from, without repeats: "[000] [003]". */
  sourceTags(evidence: readonly Evidence[]): string {
    return [...new Set(evidence.map((e) => e.source))].map((id) => `[${this.sourceTag(id)}]`).join(" ");
  }

  /**
   * The attribution chain, as PARC splits it: who holds the claim, how it is attributed and with
   * which cue, who relays it, and where it is written.
   */
  attribution(claim: Claim, lang: Lang): string {
    const how = attributionLabel(claim.attribution, lang) + (claim.cue ? ` “${claim.cue}”` : "");
    const relay = claim.reporterId ? ` · ${t(lang, "reportedBy")} ${this.actor(claim.reporterId, lang)}` : "";
    return `${this.actor(claim.holderId, lang)} · ${how}${relay}`;
  }
}
