import { Box, Text, useInput } from "ink";
import { editLine, type Line } from "../components/line-editor.ts";
import { ScrollList } from "../components/ScrollList.tsx";
import { SearchField } from "../components/SearchField.tsx";
import { Status } from "../components/Status.tsx";
import { useUi } from "../contexts/ui.tsx";
import { useCommand } from "../hooks/use-command.ts";
import { useNames } from "../hooks/use-names.ts";
import { useQuery } from "../hooks/use-query.ts";
import { useCursor, useLatest } from "../hooks/use-selection.ts";
import { t } from "../i18n.ts";
import { pressesOf } from "../keys.ts";
import type { ScreenProps } from "../routes.ts";

/**
 * Search as you type over claims and source paragraphs, Indonesian word forms included. The text
 * field keeps printable keys and the readline editing keys (line-editor.ts); up/down and
 * PgUp/PgDn move through the results and enter opens one.
 */
export function SearchScreen({ active, width, height, open }: ScreenProps) {
  const { data, lang, theme } = useUi();
  const names = useNames();
  const [line, setLine, latestLine] = useLatest<Line>({ text: "", cursor: 0 });
  const trimmed = line.text.trim();
  const results = useQuery(`search:${trimmed}`, () => (trimmed ? data.search(trimmed, 30) : []));
  const hits = results.data ?? [];
  const {
    index: selected,
    move,
    set: setIndex,
    current,
  } = useCursor(hits.length, Math.floor((height - 1) / 2));

  // The field's keys first: a new query starts at its first result, and only then.
  useInput(
    (input, key) => {
      for (const press of pressesOf(input, key)) {
        const before = latestLine();
        const after = editLine(before, press.input, press.key);
        if (!after) continue;
        setLine(after);
        if (after.text !== before.text) setIndex(0);
      }
    },
    { isActive: active },
  );
  useCommand(
    (command) => {
      if (command === "up" || command === "down" || command === "page-up" || command === "page-down") {
        move(command);
      } else if (command === "open") {
        const hit = hits[current()];
        if (hit?.kind === "claim") open({ name: "evidence", subject: { kind: "claim", claimId: hit.id } });
        else if (hit)
          open({ name: "reader", sourceId: hit.id, ...(hit.paragraph ? { at: hit.paragraph.start } : {}) });
      }
    },
    { active, typing: true },
  );

  return (
    <Box flexDirection="column" width={width} height={height}>
      <SearchField line={line} placeholder={t(lang, "typeToSearch")} active={active} />
      {!trimmed ? null : !results.data || !names ? (
        <Status error={results.error} />
      ) : hits.length === 0 ? (
        <Text {...theme.gap}>{t(lang, "noResults")}</Text>
      ) : (
        <ScrollList
          items={hits}
          selected={selected}
          height={height - 1}
          heightOf={() => 2}
          keyOf={(h) => `${h.kind}:${h.id}:${h.paragraph?.start ?? ""}`}
          render={(hit, isSelected) => (
            <Box flexDirection="column">
              <Text wrap="truncate-end" {...(isSelected ? theme.selected : {})}>
                {isSelected ? "▸ " : "  "}
                {hit.snippet.map((f, i) => (
                  <Text key={i} {...(f.match ? theme.match : {})}>
                    {f.text}
                  </Text>
                ))}
              </Text>
              <Text {...theme.muted} wrap="truncate-end">
                {"  "}
                {hit.kind === "claim" && hit.claim
                  ? `${names.attribution(hit.claim, lang)} ${names.sourceTags(hit.claim.evidence)}`
                  : `[${names.sourceTag(hit.id)}] ${names.sourceTitle(hit.id)}`}
              </Text>
            </Box>
          )}
        />
      )}
    </Box>
  );
}
