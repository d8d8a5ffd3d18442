import {
  type Claim,
  type Evidence,
  type Issue,
  type Localized,
  paragraphOf,
  toUnitIndex,
} from "@parley/core";
import { useState } from "react";
import { type Row, rowsOfText, Scrolled, windowOf } from "../components/Scrolled.tsx";
import { Status } from "../components/Status.tsx";
import { useUi } from "../contexts/ui.tsx";
import type { Names } from "../describe.ts";
import { useCommand } from "../hooks/use-command.ts";
import { useNames } from "../hooks/use-names.ts";
import { useQuery } from "../hooks/use-query.ts";
import { moveIndex, useCursor, useLatest } from "../hooks/use-selection.ts";
import {
  attributionLabel,
  type Lang,
  noteKindLabel,
  occasionLabel,
  pick,
  reviewLabel,
  stanceLabel,
  t,
} from "../i18n.ts";
import type { ScreenProps, Subject } from "../routes.ts";

interface Shown {
  title: string;
  summary: string;
  /** What is known about the fact besides its quote: for a claim, who, how, when, stances, review. */
  details: readonly string[];
  items: readonly { label?: Localized; evidence: Evidence }[];
}

/**
 * The proof of a position or fact: the verbatim Indonesian sentence in its paragraph with the
 * quote highlighted, the summary (marked as Parley's translation in English), who says it about
 * whom and who relays it, how and when it was said, its stance on each issue, its review, and
 * the source with the notes a reader needs beside it. Up/down step through several quotes;
 * enter opens the whole source there.
 */
export function EvidenceScreen({ active, width, height, open, subject }: ScreenProps & { subject: Subject }) {
  const { data, lang, theme, copy } = useUi();
  const [copied, setCopied] = useState(false);
  const names = useNames();
  const claimId = subject.kind === "claim" ? subject.claimId : "";
  const claim = useQuery(`claim:${claimId}`, () => (claimId ? data.claim(claimId) : undefined));
  const issues = useQuery("issues", () => data.issues());

  let shown: Shown | undefined;
  if (subject.kind === "fact") {
    shown = {
      title: pick(subject.title, lang),
      summary: "",
      details: subject.detail ? [pick(subject.detail, lang)] : [],
      items: subject.items,
    };
  } else if (claim.data && issues.data && names) {
    const c = claim.data;
    shown = {
      title: names.voice(c, lang),
      summary: pick(c.summary, lang),
      details: claimDetails(c, issues.data, names, lang),
      items: c.evidence.map((evidence) => ({ evidence })),
    };
  }
  const count = shown?.items.length ?? 0;
  // Left/right step through the quotes; up/down and the page keys scroll the text.
  const quote = useCursor(count);
  const item = shown?.items[quote.index];
  const sourceId = item?.evidence.source;
  const source = useQuery(`source:${sourceId}`, () => (sourceId ? data.source(sourceId) : undefined));
  // Until the reader scrolls, the view starts where the quote is in view (`focusTop`).
  const [scroll, setScroll, latestScroll] = useLatest<{ quote: number; top: number } | undefined>(undefined);

  const rows: Row[] = [];
  let quoteRow = 0;
  if (shown && item && names) {
    const { evidence } = item;
    const suffix = subject.kind === "claim" ? ` (${t(lang, "translation")})` : "";
    const notes = names
      .notes(evidence.source)
      .map((n) => `${t(lang, "sourceNote")} (${noteKindLabel(n.kind, lang)}): ${pick(n.label, lang)}`);
    const where = [
      count > 1 ? `${quote.index + 1}/${count} (←→)` : "",
      item.label ? `${pick(item.label, lang)} ·` : "",
      names.sourceTags([evidence]),
      names.sourceTitle(evidence.source),
    ];
    rows.push(...rowsOfText(`${t(lang, "evidence")} · ${shown.title}`, width, theme.title));
    if (copied) rows.push(...rowsOfText(t(lang, "copied"), width, theme.accent));
    if (shown.summary) {
      const summary = shown.summary + suffix;
      const label = { start: shown.summary.length, end: summary.length, style: theme.muted };
      rows.push(...rowsOfText(summary, width, {}, [label]));
    }
    for (const detail of shown.details) rows.push(...rowsOfText(detail, width, theme.muted));
    rows.push(...rowsOfText(where.filter(Boolean).join(" "), width, theme.accent));
    for (const note of notes) rows.push(...rowsOfText(note, width, theme.note));
    rows.push([]);
    quoteRow = rows.length;
    const paragraph = source.data ? paragraphOf(source.data.source.text, evidence) : undefined;
    if (paragraph) {
      const text = paragraph.paragraph;
      const start = toUnitIndex(text, paragraph.quoteStart);
      const marked = { start, end: toUnitIndex(text, paragraph.quoteEnd), style: theme.quote };
      const lines = rowsOfText(text, width, {}, [marked]);
      quoteRow += Math.max(
        0,
        lines.findIndex((pieces) => pieces.some((p) => p.at + p.text.length > start)),
      );
      rows.push(...lines);
    }
  }
  const { maxTop } = windowOf(rows.length, 0, height);
  // From the top, unless the quote would start below the screen: then scrolled so that it starts
  // two thirds down, with as much as fits of who says it and where above.
  const focusTop = quoteRow < height - 2 ? 0 : Math.min(maxTop, quoteRow - Math.floor((height * 2) / 3));
  const top = scroll && scroll.quote === quote.index ? scroll.top : focusTop;

  useCommand(
    (command) => {
      const now = latestScroll();
      const from = now && now.quote === quote.current() ? now.top : focusTop;
      const next = moveIndex(command, from, maxTop + 1, Math.max(1, height - 2));
      if (next !== undefined) return setScroll({ quote: quote.current(), top: next });
      if (command === "left") quote.move("up");
      else if (command === "right") quote.move("down");
      const { evidence } = shown?.items[quote.current()] ?? {};
      if (command === "copy" && evidence && names && shown) {
        const who = subject.kind === "claim" ? shown.title : pick(subject.title, lang);
        copy(
          `“${evidence.quote.exact}” — ${who}, ${names.sourceTags([evidence])} ${names.sourceTitle(evidence.source)}`,
        );
        setCopied(true);
      }
      if (command === "open" && evidence) {
        open({ name: "reader", sourceId: evidence.source, at: evidence.position.start });
      }
    },
    { active },
  );

  if (!shown || !item || !names) return <Status error={claim.error ?? issues.error} />;
  if (!source.data) return <Status error={source.error} />;
  return <Scrolled rows={rows} top={top} height={height} width={width} />;
}

/**
 * A claim's attribution, one line per question a reader asks of it: who says it (and about whom,
 * relayed by whom), how and when (narration is no one's statement: it has neither), its stance
 * on each issue, how Parley identified an unnamed speaker, and its review.
 */
function claimDetails(claim: Claim, issues: readonly Issue[], names: Names, lang: Lang): string[] {
  const speaker =
    claim.speakerIds.length === 0 ? t(lang, "noSpeaker") : names.actorList(claim.speakerIds, lang);
  const others = claim.subjectIds.filter((id) => !claim.speakerIds.includes(id));
  const who = [
    `${t(lang, "speaker")}: ${speaker}`,
    ...(others.length > 0 ? [`${t(lang, "about")}: ${names.actorList(others, lang)}`] : []),
    ...(claim.reporterId ? [`${t(lang, "reportedBy")}: ${names.actor(claim.reporterId, lang)}`] : []),
  ].join(" · ");
  const how = [
    attributionLabel(claim.attribution, lang) + (claim.cue ? ` “${claim.cue}”` : ""),
    ...(claim.occasion ? [occasionLabel(claim.occasion, lang)] : []),
  ].join(" · ");
  const label = (id: string) => {
    const issue = issues.find((i) => i.id === id);
    return issue ? pick(issue.label, lang) : id;
  };
  const stances = claim.stances.map((s) => `${label(s.issueId)}: ${stanceLabel(s.stance, lang)}`).join(" · ");
  const { review } = claim;
  return [
    who,
    ...(claim.attribution === "narration" ? [] : [how]),
    `${t(lang, "stance")}: ${stances}`,
    ...(claim.inference ? [`${t(lang, "inference")}: ${pick(claim.inference, lang)}`] : []),
    `${t(lang, "review")}: ${reviewLabel(review.state, lang)} · ${review.by} · ${review.on}`,
  ];
}
