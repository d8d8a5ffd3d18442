import { type Span, toUnitIndex } from "@parley/core";
import { Box, Text } from "ink";
import { useMemo } from "react";
import { type Row, rowsOfText, Scrolled, windowOf } from "../components/Scrolled.tsx";
import { Status } from "../components/Status.tsx";
import { useUi } from "../contexts/ui.tsx";
import { useCommand } from "../hooks/use-command.ts";
import { useNames } from "../hooks/use-names.ts";
import { useQuery } from "../hooks/use-query.ts";
import { moveIndex, useCursor, useLatest } from "../hooks/use-selection.ts";
import { factKindLabel, pick, t } from "../i18n.ts";
import type { ScreenProps } from "../routes.ts";
import type { Theme } from "../themes/theme.ts";

/**
 * The sources set headings as lines of their own without closing punctuation ("Diskusi Intensif
 * Tanpa Kesepakatan Trump-Putin"); a sentence ends with one.
 */
const isHeading = (line: string) =>
  line.length > 0 && line.length <= 100 && !/[.!?:;"”’)…]$/.test(line.trim());

/**
 * One source in full as the source sets it, paragraphs apart and headings in bold, with every span
 * the dataset quotes marked. Up/down and the page keys scroll; left/right step from span to span,
 * and enter on a claim's span opens that claim's evidence.
 */
/**
 * The source's rows: a blank row between paragraphs, headings in the title style, the spans
 * marked and the selected one as a quote; and the row where the selected span starts.
 */
function setText(text: string, spans: readonly Span[], span: Span | undefined, width: number, theme: Theme) {
  const toUnits = (cp: number) => toUnitIndex(text, cp);
  const marks = [
    ...(span ? [{ start: toUnits(span.start), end: toUnits(span.end), style: theme.quote }] : []),
    ...spans.map((s) => ({ start: toUnits(s.start), end: toUnits(s.end), style: theme.span })),
  ];
  const rows: Row[] = [];
  let spanRow = 0;
  let offset = 0;
  for (const line of text.split("\n")) {
    const from = offset;
    offset += line.length + 1;
    if (line.trim() === "") continue;
    if (rows.length > 0) rows.push([]);
    const local = marks
      .filter((m) => m.end > from && m.start < offset)
      .map((m) => ({ ...m, start: Math.max(0, m.start - from), end: Math.min(line.length, m.end - from) }));
    const wrapped = rowsOfText(line, width, isHeading(line) ? theme.title : {}, local);
    if (span && toUnits(span.start) >= from && toUnits(span.start) < offset) {
      const inLine = toUnits(span.start) - from;
      spanRow =
        rows.length +
        Math.max(
          0,
          wrapped.findIndex((r) => r.some((p) => p.at + p.text.length > inLine)),
        );
    }
    rows.push(...wrapped);
  }
  return { rows, spanRow };
}

export function ReaderScreen({
  active,
  width,
  height,
  open,
  sourceId,
  at,
}: ScreenProps & { sourceId: string; at?: number }) {
  const { data, lang, theme } = useUi();
  const view = useQuery(`source:${sourceId}`, () => data.source(sourceId));
  const names = useNames();
  const spans = view.data?.spans ?? [];
  const initial = Math.max(
    0,
    spans.findIndex((s) => s.start === at && s.kind === "claim"),
    spans.findIndex((s) => s.start === at),
  );
  const spanCursor = useCursor(spans.length, 10, initial);
  const span = spans[spanCursor.index];
  // The scroll position once the reader scrolls; until then, and after each step to a span, the
  // view follows the selected span.
  const [scrolled, setScrolled, latestScrolled] = useLatest<number | undefined>(undefined);

  const text = view.data?.source.text.trimEnd() ?? "";
  // A source is long: it is set again when the span, the width or the theme changes, not per key.
  const { rows, spanRow } = useMemo(
    () => setText(text, spans, span, width, theme),
    [text, spans, span, width, theme],
  );
  const bodyHeight = Math.max(1, height - 2);
  const { maxTop } = windowOf(rows.length, 0, bodyHeight);
  const follow = Math.min(maxTop, Math.max(0, spanRow - Math.floor(bodyHeight / 3)));
  const top = scrolled ?? follow;

  useCommand(
    (command) => {
      const next = moveIndex(command, latestScrolled() ?? follow, maxTop + 1, Math.max(1, bodyHeight - 1));
      if (next !== undefined) return setScrolled(next);
      if (command === "left" || command === "right") {
        spanCursor.move(command === "left" ? "up" : "down");
        setScrolled(undefined);
      }
      const selected = spans[spanCursor.current()];
      if (command === "open" && selected?.kind === "claim") {
        open({ name: "evidence", subject: { kind: "claim", claimId: selected.id } });
      }
    },
    { active },
  );

  const claimId = span?.kind === "claim" ? span.id : "";
  const claim = useQuery(`claim:${claimId}`, () => (claimId ? data.claim(claimId) : undefined));

  if (!view.data || !names) return <Status error={view.error} />;
  // What the selected span proves, in words: a claim by who says what, another fact by its kind.
  const about = !span
    ? `0 ${t(lang, "spans")}`
    : `${spanCursor.index + 1}/${spans.length} (←→) ${t(lang, "spanOf")} ${
        claim.data
          ? `${names.voice(claim.data, lang)}: ${pick(claim.data.summary, lang)}`
          : factKindLabel(span.kind, lang)
      }`;
  const { source } = view.data;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text {...theme.title} wrap="truncate-end">
        [{names.sourceTag(source.id)}] {source.title}
      </Text>
      <Text {...theme.muted} wrap="truncate-end">
        {about}
      </Text>
      <Scrolled rows={rows} top={top} height={bodyHeight} width={width} />
    </Box>
  );
}
