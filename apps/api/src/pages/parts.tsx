/** @jsxImportSource hono/jsx */
import type { Claim, Evidence, SourceNote, SummitModel } from "@parley/core";
import { type Lang, pick, t, term } from "./i18n.ts";
import { pageHref, pages, type Reading } from "./paths.ts";

/** An actor's name in the reader's language. */
export const nameOf = (model: SummitModel, actorId: string, lang: Lang) =>
  pick(model.actor(actorId).name, lang);

export const namesOf = (model: SummitModel, ids: readonly string[], lang: Lang) =>
  ids.map((id) => nameOf(model, id, lang)).join(", ");

/** Who asserts a claim: its speakers, or the article's own narration. */
export const speakersOf = (model: SummitModel, claim: Claim, lang: Lang) =>
  claim.speakerIds.length > 0 ? namesOf(model, claim.speakerIds, lang) : t(lang, "narration");

/** The language a source is written in, for the `lang` of its verbatim text. */
export const sourceLanguage = (model: SummitModel, sourceId: string) =>
  model.source(sourceId).source.language;

/** The three-digit prefix the sources go by ("003"). */
export const shortSource = (sourceId: string) => sourceId.split("_")[0] ?? sourceId;

/** Where a span of evidence stands on its source's page. */
export const spanAnchor = (evidence: Evidence) => `at-${evidence.position.start}`;

/** A span of evidence, and what it is shown with. */
export interface EvidenceProps {
  model: SummitModel;
  evidence: Evidence;
  reading: Reading;
}

/** Verbatim text of a source, in its language, with a link to where it stands. */
export function Verbatim({ model, evidence, reading }: EvidenceProps) {
  return (
    <blockquote class="verbatim" lang={sourceLanguage(model, evidence.source)}>
      <p>{evidence.quote.exact}</p>
      <footer lang={reading.lang}>
        <a href={pageHref(reading, pages.source(model.summit.id, evidence.source), {}, spanAnchor(evidence))}>
          {`${t(reading.lang, "source")} ${shortSource(evidence.source)}`}
        </a>
      </footer>
    </blockquote>
  );
}

/** Parley's own wording, labelled as such wherever it appears. */
export function Ours({
  text,
  lang,
  label = "ourTranslation",
}: {
  text: string;
  lang: Lang;
  label?: "ourTranslation" | "ourNote";
}) {
  return (
    <p class="ours">
      <span class="tag">{t(lang, label)}</span> {text}
    </p>
  );
}

/** Who says it, about whom, relayed by whom, and how: the roles a claim keeps apart. */
export function Byline({ model, claim, lang }: { model: SummitModel; claim: Claim; lang: Lang }) {
  const about = claim.subjectIds.filter((id) => !claim.speakerIds.includes(id));
  return (
    <p class="byline">
      <span class="who">{speakersOf(model, claim, lang)}</span>
      {about.length > 0 ? ` ${t(lang, "about")} ${namesOf(model, about, lang)}` : ""}
      {` · ${term(lang, "attribution", claim.attribution)}`}
      {claim.cue === null ? "" : " "}
      {claim.cue === null ? null : <q lang="id">{claim.cue}</q>}
      {claim.reporterId === null
        ? ""
        : ` · ${t(lang, "reporter").toLowerCase()} ${nameOf(model, claim.reporterId, lang)}`}
    </p>
  );
}

/** A claim as a list entry: its stance, who says it, the verbatim words, Parley's summary, its page. */
export function ClaimEntry({
  model,
  claim,
  stance,
  reading,
}: {
  model: SummitModel;
  claim: Claim;
  stance?: Claim["stances"][number]["stance"];
  reading: Reading;
}) {
  const [first] = claim.evidence;
  return (
    <li class="claim">
      {stance === undefined ? null : (
        <span class={`stance stance-${stance}`}>{term(reading.lang, "stance", stance)}</span>
      )}
      <Byline model={model} claim={claim} lang={reading.lang} />
      {first === undefined ? null : <Verbatim model={model} evidence={first} reading={reading} />}
      <Ours text={pick(claim.summary, reading.lang)} lang={reading.lang} />
      <p class="more">
        <a href={pageHref(reading, pages.claim(model.summit.id, claim.id))}>
          {`${t(reading.lang, "claim")}: ${claim.id}`}
        </a>
      </p>
    </li>
  );
}

/** Source notes, each with its kind, Parley's label and the verbatim text it rests on. */
export function NoteList({
  model,
  notes,
  reading,
}: {
  model: SummitModel;
  notes: readonly SourceNote[];
  reading: Reading;
}) {
  return (
    <ul class="notes">
      {notes.map((note) => (
        <li id={`note-${note.id}`}>
          <p>
            <span class="tag">{term(reading.lang, "note", note.kind)}</span> {pick(note.label, reading.lang)}
          </p>
          {note.evidence.map((evidence) => (
            <Verbatim model={model} evidence={evidence} reading={reading} />
          ))}
        </li>
      ))}
    </ul>
  );
}
