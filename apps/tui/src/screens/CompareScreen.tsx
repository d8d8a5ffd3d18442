import type { Claim, Comparison, ComparisonCell } from "@parley/core";
import { Box, Text } from "ink";
import { useState } from "react";
import { rowsOf, ScrollList } from "../components/ScrollList.tsx";
import { Status } from "../components/Status.tsx";
import { isWide, useUi } from "../contexts/ui.tsx";
import type { Names } from "../describe.ts";
import { useCommand } from "../hooks/use-command.ts";
import { useNames } from "../hooks/use-names.ts";
import { useQuery } from "../hooks/use-query.ts";
import { pick, t } from "../i18n.ts";
import { isBackward } from "../keys.ts";
import type { ScreenProps, Target } from "../routes.ts";
import { columnStyle } from "../themes/theme.ts";

const ISSUES = 0;

/**
 * The main screen: the issues, and for the selected one each side's positions in its own column
 * (stacked in a narrow terminal), gaps shown as gaps. Focus moves between the issue list and the
 * columns; enter on a position opens its evidence.
 */
export function CompareScreen({ active, width, height, open, target }: ScreenProps & { target: Target }) {
  const { data, lang, theme, size } = useUi();
  const comparison = useQuery(`compare:${target.by}:${target.ids.join(",")}`, () =>
    data.compare(target.by === "actor" ? { actors: target.ids } : { sides: target.ids }),
  );
  const names = useNames();
  const [issue, setIssue] = useState(0);
  const [focus, setFocus] = useState(ISSUES);
  const [position, setPosition] = useState(0);

  const rows = comparison.data?.rows ?? [];
  const columns = comparison.data?.columns.length ?? 0;
  const row = rows[Math.min(issue, rows.length - 1)];
  const cell = focus === ISSUES ? undefined : row?.cells[focus - 1];

  const focusColumn = (next: number) => {
    setFocus(next);
    setPosition(0);
  };
  useCommand(
    (command, input, key) => {
      if (!row) return;
      if (command === "up" || command === "down") {
        const step = command === "up" ? -1 : 1;
        if (focus === ISSUES) setIssue(Math.max(0, Math.min(rows.length - 1, issue + step)));
        else setPosition(Math.max(0, Math.min((cell?.claims.length ?? 1) - 1, position + step)));
      } else if (command === "pane") {
        const panes = columns + 1;
        focusColumn((focus + (isBackward(input, key) ? panes - 1 : 1)) % panes);
      } else if (command === "left" && focus > ISSUES) focusColumn(focus - 1);
      else if (command === "right" && focus < columns) focusColumn(focus + 1);
      else if (command === "open") {
        const claim = cell?.claims[position];
        if (claim) open({ name: "evidence", subject: { kind: "claim", claimId: claim.id } });
        else if (focus === ISSUES) {
          const first = row.cells.findIndex((c) => !c.gap);
          focusColumn(first === -1 ? 1 : first + 1);
        }
      }
    },
    { active },
  );

  if (!comparison.data || !names || !row) return <Status error={comparison.error} />;
  const wide = isWide(size);
  const issuesWidth = wide ? Math.min(36, Math.floor(width * 0.32)) : width;
  const columnsWidth = wide ? width - issuesWidth - 1 : width;
  const columnWidth = wide ? Math.floor(columnsWidth / columns) : width;
  const selectedIssue = Math.min(issue, rows.length - 1);

  const columnViews = row.cells.map((c, i) => (
    <ColumnView
      key={c.columnId}
      comparison={comparison.data}
      cell={c}
      index={i}
      names={names}
      width={wide ? columnWidth - 1 : width}
      height={wide ? height - 1 : Math.max(2, Math.floor((height - 2) / columns))}
      selected={focus === i + 1 ? position : undefined}
    />
  ));

  if (!wide) {
    const marker = row.cells.map((c) => (c.gap ? "·" : "●")).join("");
    return (
      <Box flexDirection="column" width={width} height={height}>
        <Text wrap="truncate-end" {...(focus === ISSUES ? theme.selected : theme.accent)}>
          {`${selectedIssue + 1}/${rows.length} ${marker} ${pick(row.issue.label, lang)}`}
        </Text>
        {columnViews}
      </Box>
    );
  }
  return (
    <Box width={width} height={height}>
      <Box flexDirection="column" width={issuesWidth} marginRight={1}>
        <Text {...theme.title}>{t(lang, "issues")}</Text>
        <ScrollList
          items={rows}
          selected={selectedIssue}
          height={height - 1}
          keyOf={(r) => r.issue.id}
          render={(r, selected) => (
            <Text
              wrap="truncate-end"
              {...(selected ? (focus === ISSUES ? theme.selected : theme.accent) : {})}
            >
              {`${r.cells.map((c) => (c.gap ? "·" : "●")).join("")} ${pick(r.issue.label, lang)}`}
            </Text>
          )}
        />
      </Box>
      {columnViews}
    </Box>
  );
}

interface ColumnViewProps {
  comparison: Comparison;
  cell: ComparisonCell;
  index: number;
  names: Names;
  width: number;
  height: number;
  /** The selected position when the column has the focus. */
  selected: number | undefined;
}

function ColumnView({ comparison, cell, index, names, width, height, selected }: ColumnViewProps) {
  const { lang, theme } = useUi();
  const column = comparison.columns.find((c) => c.id === cell.columnId);
  const style = columnStyle(theme, index);
  const title = `${column ? pick(column.name, lang) : cell.columnId} (${cell.claims.length})`;
  return (
    <Box flexDirection="column" width={width} height={height} marginRight={1} overflow="hidden">
      <Text {...style} {...(selected !== undefined ? { underline: true } : {})} wrap="truncate-end">
        {title}
      </Text>
      {cell.gap ? (
        <Text {...theme.gap} wrap="wrap">
          – {t(lang, "gap")}
        </Text>
      ) : (
        <ScrollList
          items={cell.claims}
          selected={selected ?? 0}
          height={height - 1}
          heightOf={(claim) => rowsOf(pick(claim.summary, lang), width - 2) + 1}
          keyOf={(claim) => claim.id}
          render={(claim, isSelected) => (
            <Position
              claim={claim}
              names={names}
              selected={selected !== undefined && isSelected}
              width={width}
            />
          )}
        />
      )}
    </Box>
  );
}

function Position({
  claim,
  names,
  selected,
  width,
}: {
  claim: Claim;
  names: Names;
  selected: boolean;
  width: number;
}) {
  const { lang, theme } = useUi();
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="wrap" {...(selected ? theme.selected : {})}>
        {selected ? "▸ " : "• "}
        {pick(claim.summary, lang)}
      </Text>
      <Text {...theme.muted} wrap="truncate-end">
        {"  "}
        {names.attribution(claim, lang)} {names.sourceTags(claim.evidence)}
      </Text>
    </Box>
  );
}
