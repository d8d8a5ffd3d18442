import type { Actor, CellGroup, Claim, Evidence, SourceNote } from "@parley/core";
import type { SourceSummary } from "./data/data-source.ts";
import { attributionLabel, type Lang, occasionLabel, pick, t } from "./i18n.ts";

/** Put after a source's tag when the source carries notes a reader needs (the help explains it). */
export const NOTE_MARK = "*";

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

  actor(id: string, lang: Lang): string {
    const actor = this.actors.get(id);
    return actor ? pick(actor.name, lang) : id;
  }

  /** Several actors as one phrase: "Donald Trump & Vladimir Putin". */
  actorList(ids: readonly string[], lang: Lang): string {
    return ids.map((id) => this.actor(id, lang)).join(" & ");
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

  /** The source's editorial notes, which belong beside any fact it grounds. */
  notes(sourceId: string): readonly SourceNote[] {
    return this.sources.get(sourceId)?.notes ?? [];
  }

  /**
   * The tags of the sources some evidence comes from, without repeats, each marked when the
   * source has notes: "[000] [004*]".
   */
  sourceTags(evidence: readonly Evidence[]): string {
    return [...new Set(evidence.map((e) => e.source))]
      .map((id) => `[${this.sourceTag(id)}${this.notes(id).length > 0 ? NOTE_MARK : ""}]`)
      .join(" ");
  }

  /**
   * Who a claim's words are: the speakers, and whom it is about when that is someone else
   * ("Sergey Lavrov about Donald Trump", "narration about United States"); in a column's hearsay
   * or analysis, where the column is what it is about, "per Sergey Lavrov" or "narration".
   */
  voice(claim: Claim, lang: Lang, group: CellGroup = "own"): string {
    const speakers =
      claim.speakerIds.length === 0
        ? attributionLabel("narration", lang)
        : this.actorList(claim.speakerIds, lang);
    if (group !== "own") return claim.speakerIds.length === 0 ? speakers : `${t(lang, "per")} ${speakers}`;
    const others = claim.subjectIds.filter((id) => !claim.speakerIds.includes(id));
    return others.length > 0 ? `${speakers} ${t(lang, "about")} ${this.actorList(others, lang)}` : speakers;
  }

  /**
   * The attribution chain, as PARC splits it: who asserts the claim (and about whom), how it is
   * attributed and with which cue, and who relays it. Narration is no one's statement, so it has
   * neither cue nor relay.
   */
  attribution(claim: Claim, lang: Lang, group: CellGroup = "own"): string {
    const voice = this.voice(claim, lang, group);
    if (claim.speakerIds.length === 0) return voice;
    const how = attributionLabel(claim.attribution, lang) + (claim.cue ? ` “${claim.cue}”` : "");
    const relay = claim.reporterId ? ` · ${t(lang, "reportedBy")} ${this.actor(claim.reporterId, lang)}` : "";
    return `${voice} · ${how}${relay}`;
  }

  /** The attribution chain with the occasion, where there is room for it (print, search). */
  attributionWithOccasion(claim: Claim, lang: Lang, group: CellGroup = "own"): string {
    const occasion = claim.occasion ? ` · ${occasionLabel(claim.occasion, lang)}` : "";
    return this.attribution(claim, lang, group) + occasion;
  }
}
