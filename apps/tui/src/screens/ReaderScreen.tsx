import { toUnitIndex } from "@parley/core";
import { Box, Text } from "ink";
import { Passage } from "../components/Passage.tsx";
import { Status } from "../components/Status.tsx";
import { useUi } from "../contexts/ui.tsx";
import { useCommand } from "../hooks/use-command.ts";
import { useNames } from "../hooks/use-names.ts";
import { useQuery } from "../hooks/use-query.ts";
import { useCursor } from "../hooks/use-selection.ts";
import { factKindLabel, pick, t } from "../i18n.ts";
import type { ScreenProps } from "../routes.ts";

/**
 * One source in full with every span the dataset quotes marked. Up/down move from span to span;
 * enter on a claim's span opens that claim's evidence.
 */
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
  const { index: selected, move, current } = useCursor(spans.length, 10, initial);
  const span = spans[selected];

  useCommand(
    (command) => {
      if (move(command)) return;
      const at = spans[current()];
      if (command === "open" && at?.kind === "claim") {
        open({ name: "evidence", subject: { kind: "claim", claimId: at.id } });
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
    : `${selected + 1}/${spans.length} ${t(lang, "spanOf")} ${
        claim.data
          ? `${names.voice(claim.data, lang)}: ${pick(claim.data.summary, lang)}`
          : factKindLabel(span.kind, lang)
      }`;
  const { source } = view.data;
  const text = source.text.trimEnd();
  const toUnits = (cp: number) => toUnitIndex(text, cp);
  const marks = [
    ...(span ? [{ start: toUnits(span.start), end: toUnits(span.end), style: theme.quote }] : []),
    ...spans.map((s) => ({ start: toUnits(s.start), end: toUnits(s.end), style: theme.span })),
  ];
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text {...theme.title} wrap="truncate-end">
        [{names.sourceTag(source.id)}] {source.title}
      </Text>
      <Text {...theme.muted} wrap="truncate-end">
        {about}
      </Text>
      <Passage
        text={text}
        width={width}
        height={Math.max(1, height - 2)}
        marks={marks}
        focus={span ? toUnits(span.start) : 0}
      />
    </Box>
  );
}
