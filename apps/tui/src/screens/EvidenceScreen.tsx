import { type Evidence, type Localized, paragraphOf } from "@parley/core";
import { Box, Text } from "ink";
import { useState } from "react";
import { Passage } from "../components/Passage.tsx";
import { rowsOf } from "../components/ScrollList.tsx";
import { Status } from "../components/Status.tsx";
import { unitIndex } from "../components/wrap.ts";
import { useUi } from "../contexts/ui.tsx";
import { useCommand } from "../hooks/use-command.ts";
import { useNames } from "../hooks/use-names.ts";
import { useQuery } from "../hooks/use-query.ts";
import { pick, stanceLabel, t } from "../i18n.ts";
import type { ScreenProps, Subject } from "../routes.ts";

interface Shown {
  title: string;
  summary: string;
  /** The attribution chain, or a fact's detail. */
  chain?: string;
  items: readonly { label?: Localized; evidence: Evidence }[];
}

/**
 * The proof of a position or fact: the verbatim Indonesian sentence in its paragraph with the
 * quote highlighted, the summary (marked as Parley's translation in English), the source and the
 * attribution chain. Up/down step through several quotes; enter opens the whole source there.
 */
export function EvidenceScreen({ active, width, height, open, subject }: ScreenProps & { subject: Subject }) {
  const { data, lang, theme } = useUi();
  const names = useNames();
  const claimId = subject.kind === "claim" ? subject.claimId : "";
  const claim = useQuery(`claim:${claimId}`, () => (claimId ? data.claim(claimId) : undefined));
  const [index, setIndex] = useState(0);

  let shown: Shown | undefined;
  if (subject.kind === "fact") {
    shown = { title: pick(subject.title, lang), summary: "", chain: subject.detail, items: subject.items };
  } else if (claim.data && names) {
    const c = claim.data;
    shown = {
      title: names.actor(c.holderId, lang),
      summary: pick(c.summary, lang),
      chain: `${names.attribution(c, lang)} · ${t(lang, "stance")}: ${stanceLabel(c.stance, lang)}`,
      items: c.evidence.map((evidence) => ({ evidence })),
    };
  }
  const count = shown?.items.length ?? 0;
  const item = shown?.items[Math.min(index, count - 1)];

  useCommand(
    (command) => {
      if (command === "up") setIndex(Math.max(0, index - 1));
      else if (command === "down") setIndex(Math.min(count - 1, index + 1));
      else if (command === "open" && item) {
        open({ name: "reader", sourceId: item.evidence.source, at: item.evidence.position.start });
      }
    },
    { active },
  );

  if (!shown || !item || !names) return <Status error={claim.error} />;
  const translation = lang === "en" && subject.kind === "claim" ? ` (${t(lang, "translation")})` : "";
  const summaryRows = shown.summary ? rowsOf(shown.summary + translation, width) : 0;
  const header = 3 + summaryRows + (shown.chain ? 1 : 0);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text {...theme.title} wrap="truncate-end">
        {t(lang, "evidence")} · {shown.title}
      </Text>
      {shown.summary ? (
        <Text wrap="wrap">
          {shown.summary}
          <Text {...theme.muted}>{translation}</Text>
        </Text>
      ) : null}
      {shown.chain ? (
        <Text {...theme.muted} wrap="truncate-end">
          {shown.chain}
        </Text>
      ) : null}
      <Text {...theme.accent} wrap="truncate-end">
        {count > 1 ? `${Math.min(index, count - 1) + 1}/${count} ` : ""}
        {item.label ? `${pick(item.label, lang)} · ` : ""}[{names.sourceTag(item.evidence.source)}]{" "}
        {names.sourceTitle(item.evidence.source)}
      </Text>
      <Box marginTop={1}>
        <Quote evidence={item.evidence} width={width} height={Math.max(1, height - header - 1)} />
      </Box>
    </Box>
  );
}

/** The quote's paragraph, the quote highlighted, scrolled to the quote. */
function Quote({ evidence, width, height }: { evidence: Evidence; width: number; height: number }) {
  const { data, theme } = useUi();
  const source = useQuery(`source:${evidence.source}`, () => data.source(evidence.source));
  if (!source.data) return <Status error={source.error} />;
  const { paragraph, quoteStart, quoteEnd } = paragraphOf(source.data.source.text, evidence);
  const start = unitIndex(paragraph, quoteStart);
  const end = unitIndex(paragraph, quoteEnd);
  return (
    <Passage
      text={paragraph}
      width={width}
      height={height}
      marks={[{ start, end, style: theme.quote }]}
      focus={start}
    />
  );
}
