import { type Claim, type Evidence, type Issue, type Localized, paragraphOf } from "@parley/core";
import { Box, Text } from "ink";
import { Passage } from "../components/Passage.tsx";
import { rowsOf } from "../components/ScrollList.tsx";
import { Status } from "../components/Status.tsx";
import { Wrapped } from "../components/Wrapped.tsx";
import { unitIndex, wrapMarked } from "../components/wrap.ts";
import { useUi } from "../contexts/ui.tsx";
import type { Names } from "../describe.ts";
import { useCommand } from "../hooks/use-command.ts";
import { useNames } from "../hooks/use-names.ts";
import { useQuery } from "../hooks/use-query.ts";
import { useCursor } from "../hooks/use-selection.ts";
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

/** Rows given to each text, in order: each whole while the budget lasts, then what is left. */
function allot(rows: readonly number[], budget: number): number[] {
  let left = Math.max(0, budget);
  return rows.map((r) => {
    const given = Math.min(r, left);
    left -= given;
    return given;
  });
}

/** The text and its suffix in so many rows, the text cut at a word and ended with "…" if need be. */
function shorten(text: string, suffix: string, width: number, rows: number): string {
  if (rowsOf(text + suffix, width) <= rows) return text + suffix;
  const words = text.split(" ");
  while (words.length > 1 && rowsOf(`${words.join(" ")}…${suffix}`, width) > rows) words.pop();
  return `${words.join(" ")}…${suffix}`;
}

/**
 * The proof of a position or fact: the verbatim Indonesian sentence in its paragraph with the
 * quote highlighted, the summary (marked as Parley's translation in English), who says it about
 * whom and who relays it, how and when it was said, its stance on each issue, its review, and
 * the source with the notes a reader needs beside it. Up/down step through several quotes;
 * enter opens the whole source there.
 */
export function EvidenceScreen({ active, width, height, open, subject }: ScreenProps & { subject: Subject }) {
  const { data, lang, theme } = useUi();
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
  const { index, move, current } = useCursor(count);
  const item = shown?.items[index];
  const sourceId = item?.evidence.source;
  const source = useQuery(`source:${sourceId}`, () => (sourceId ? data.source(sourceId) : undefined));

  useCommand(
    (command) => {
      if (move(command)) return;
      const { evidence } = shown?.items[current()] ?? {};
      if (command === "open" && evidence) {
        open({ name: "reader", sourceId: evidence.source, at: evidence.position.start });
      }
    },
    { active },
  );

  if (!shown || !item || !names) return <Status error={claim.error ?? issues.error} />;
  const translation = lang === "en" && subject.kind === "claim" ? ` (${t(lang, "translation")})` : "";
  const notes = names
    .notes(item.evidence.source)
    .map((n) => `${t(lang, "sourceNote")} (${noteKindLabel(n.kind, lang)}): ${pick(n.label, lang)}`);

  // The screen is for the quote: it keeps the rows its own words need, and the rest is shared out
  // in order of what a reader needs first: the summary, a line of each source note, the details,
  // then the notes in full. Whatever is left shows more of the paragraph around the quote.
  const paragraph = source.data ? paragraphOf(source.data.source.text, item.evidence) : undefined;
  const paragraphRows = paragraph ? wrapMarked(paragraph.paragraph, width, []).length : 1;
  const quoteRows = Math.min(paragraphRows, rowsOf(item.evidence.quote.exact, width) + 1);
  let left = height - 3 - quoteRows;
  const [summaryRows = 0] = allot(
    shown.summary ? [rowsOf(shown.summary + translation, width)] : [],
    Math.max(1, left),
  );
  left -= summaryRows;
  // A summary cut short still says it is Parley's translation.
  const summary = shown.summary ? shorten(shown.summary, translation, width, summaryRows) : "";
  const noteLines = allot(
    notes.map(() => 1),
    left,
  );
  left -= noteLines.reduce((a, b) => a + b, 0);
  const detailRows = allot(
    shown.details.map((d) => rowsOf(d, width)),
    left,
  );
  left -= detailRows.reduce((a, b) => a + b, 0);
  const noteRows = noteLines.map((given, i) => {
    if (given === 0) return 0;
    const more = Math.min(rowsOf(notes[i] as string, width) - given, left);
    left -= more;
    return given + more;
  });

  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Text {...theme.title} wrap="truncate-end">
        {t(lang, "evidence")} · {shown.title}
      </Text>
      {summaryRows > 0 ? (
        <Passage
          text={summary}
          width={width}
          height={summaryRows}
          marks={[{ start: summary.length - translation.length, end: summary.length, style: theme.muted }]}
        />
      ) : null}
      {shown.details.map((detail, i) =>
        detailRows[i] ? (
          <Wrapped key={detail} text={detail} width={width} rows={detailRows[i]} style={theme.muted} />
        ) : null,
      )}
      <Text {...theme.accent} wrap="truncate-end">
        {count > 1 ? `${index + 1}/${count} ` : ""}
        {item.label ? `${pick(item.label, lang)} · ` : ""}
        {names.sourceTags([item.evidence])} {names.sourceTitle(item.evidence.source)}
      </Text>
      {notes.map((note, i) =>
        noteRows[i] ? (
          <Wrapped key={note} text={note} width={width} rows={noteRows[i]} style={theme.note} />
        ) : null,
      )}
      <Box marginTop={1}>
        {paragraph ? (
          <Passage
            text={paragraph.paragraph}
            width={width}
            height={Math.max(1, quoteRows + left)}
            marks={[
              {
                start: unitIndex(paragraph.paragraph, paragraph.quoteStart),
                end: unitIndex(paragraph.paragraph, paragraph.quoteEnd),
                style: theme.quote,
              },
            ]}
            focus={unitIndex(paragraph.paragraph, paragraph.quoteStart)}
          />
        ) : (
          <Status error={source.error} />
        )}
      </Box>
    </Box>
  );
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
