import {
  CELL_GROUPS,
  type CellGroup,
  type ComparedClaim,
  type Comparison,
  type ComparisonCell,
  type Evidence,
} from "@parley/core";
import { Box, Text } from "ink";
import { useMemo } from "react";
import { rowsOf, ScrollList } from "../components/ScrollList.tsx";
import { Status } from "../components/Status.tsx";
import { Wrapped } from "../components/Wrapped.tsx";
import { isWide, useUi } from "../contexts/ui.tsx";
import type { Names } from "../describe.ts";
import { useCommand } from "../hooks/use-command.ts";
import { useNames } from "../hooks/use-names.ts";
import { useQuery } from "../hooks/use-query.ts";
import { moveIndex, useLatest } from "../hooks/use-selection.ts";
import { attributionLabel, type Lang, pick, STANCE_MARKS, stanceLabel, t } from "../i18n.ts";
import { isBackward } from "../keys.ts";
import type { ScreenProps, Target } from "../routes.ts";
import { columnStyle } from "../themes/theme.ts";
import { type ClaimFilter, FILTER_VALUES, filterRows, isFiltered, nextValue } from "./claim-filter.ts";

const ISSUES = 0;

/** A claim in a cell, with its stance on the row's issue and the group it is shown in. */
interface Entry extends ComparedClaim {
  group: CellGroup;
}

/** A cell's claims in the order they are shown and walked. */
export const entriesOf = (cell: ComparisonCell): Entry[] =>
  CELL_GROUPS.flatMap((group) => cell[group].map((placed) => ({ ...placed, group })));

/**
 * A cell at a glance, in the issue list: ● the column has positions of its own on the issue,
 * ○ only others' words or readings about it, · nothing at all.
 */
export const cellMark = (cell: ComparisonCell) =>
  cell.own.length > 0 ? "●" : cell.hearsay.length + cell.analysis.length > 0 ? "○" : "·";

/**
 * The main screen: the issues, and for the selected one each side's column (stacked in a narrow
 * terminal): its own positions first, then what others say about it and analysts' readings,
 * each with its stance on the issue; gaps shown as gaps. Focus moves between the issue list and
 * the columns; up/down walk a column's entries in that order, enter opens one's evidence.
 */
export function CompareScreen({ active, width, height, open, target }: ScreenProps & { target: Target }) {
  const { data, lang, theme, size } = useUi();
  const comparison = useQuery(
    `compare:${target.by}:${target.ids?.join(",") ?? ""}:${target.issues ?? ""}`,
    () =>
      data.compare({
        ...(target.ids ? (target.by === "actor" ? { actors: target.ids } : { sides: target.ids }) : {}),
        ...(target.issues ? { issues: target.issues } : {}),
      }),
  );
  const names = useNames();
  // Where the selection is: the issue, the pane with the focus, the entry in that pane's column.
  const [place, setPlace, latest] = useLatest({ issue: 0, focus: ISSUES, position: 0 });

  // e hides the issues on which no selected side has words of its own (a gap in every column).
  const [hideEmpty, setHideEmpty, latestHideEmpty] = useLatest(false);
  // f, a and s filter the claims by source, attribution and stance.
  const [filter, setFilter, latestFilter] = useLatest<ClaimFilter>({});
  const sources = useQuery("sources", () => data.sources());
  const all = useMemo(
    () => (comparison.data ? filterRows(comparison.data, filter) : []),
    [comparison.data, filter],
  );
  const withPositions = all.filter((r) => r.cells.some((c) => !c.gap));
  // Hiding every issue would leave nothing to compare: then there is nothing to hide.
  const rows = hideEmpty && withPositions.length > 0 ? withPositions : all;
  const hidden = all.length - rows.length;
  const columns = comparison.data?.columns.length ?? 0;
  const rowAt = (issue: number) => rows[Math.min(issue, rows.length - 1)];
  const entriesAt = ({ issue, focus }: typeof place) => {
    const cell = focus === ISSUES ? undefined : rowAt(issue)?.cells[focus - 1];
    return cell ? entriesOf(cell) : [];
  };
  const row = rowAt(place.issue);
  const { issue, focus, position } = place;

  useCommand(
    (command, input, key) => {
      const step = FILTER_STEPS[command as keyof typeof FILTER_STEPS];
      if (step) {
        const values = step === "source" ? (sources.data ?? []).map((s) => s.id) : FILTER_VALUES[step];
        const now = latestFilter();
        setFilter({ ...now, [step]: nextValue<string>(values, now[step]) });
        return setPlace({ ...latest(), focus: ISSUES, position: 0 });
      }
      if (command === "hide-empty") {
        setHideEmpty(!latestHideEmpty());
        return setPlace({ issue: 0, focus: ISSUES, position: 0 });
      }
      const now = latest();
      const row = rowAt(now.issue);
      if (!row) return;
      const entries = entriesAt(now);
      const focusColumn = (focus: number) => setPlace({ ...now, focus, position: 0 });
      const page = Math.max(1, height - 2);
      if (now.focus === ISSUES) {
        const next = moveIndex(command, now.issue, rows.length, page);
        if (next !== undefined) return setPlace({ ...now, issue: next });
      } else {
        const next = moveIndex(command, now.position, entries.length, Math.ceil(page / 3));
        if (next !== undefined) return setPlace({ ...now, position: next });
      }
      if (command === "pane") {
        const panes = columns + 1;
        focusColumn((now.focus + (isBackward(input, key) ? panes - 1 : 1)) % panes);
      } else if (command === "left" && now.focus > ISSUES) focusColumn(now.focus - 1);
      else if (command === "right" && now.focus < columns) focusColumn(now.focus + 1);
      else if (command === "open") {
        const entry = entries[now.position];
        if (entry) open({ name: "evidence", subject: { kind: "claim", claimId: entry.claim.id } });
        else if (now.focus === ISSUES) {
          // The first column with words of its own, else the first with anything to read.
          const own = row.cells.findIndex((c) => !c.gap);
          const any = row.cells.findIndex((c) => entriesOf(c).length > 0);
          focusColumn((own === -1 ? Math.max(0, any) : own) + 1);
        }
      }
    },
    { active },
  );

  if (!comparison.data || !names || !row) return <Status error={comparison.error} />;
  const wide = isWide(size);
  // The issue list takes what its longest label needs, up to a third of the screen; the columns
  // get the rest.
  const longest = Math.max(...rows.map((r) => [...pick(r.issue.label, lang)].length)) + columns + 2;
  const issuesWidth = wide ? Math.min(longest, Math.max(28, Math.floor(width * 0.34))) : width;
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
    const marker = row.cells.map(cellMark).join("");
    return (
      <Box flexDirection="column" width={width} height={height}>
        <Text wrap="truncate-end" {...(focus === ISSUES ? theme.selected : theme.accent)}>
          {`${selectedIssue + 1}/${rows.length}${hidden > 0 ? ` (${hidden} ${t(lang, "hidden")})` : ""} ${marker} ${pick(row.issue.label, lang)}`}
        </Text>
        {columnViews}
      </Box>
    );
  }
  return (
    <Box width={width} height={height}>
      <Box flexDirection="column" width={issuesWidth} marginRight={1}>
        <Text wrap="truncate-end">
          <Text {...theme.title}>{t(lang, "issues")}</Text>
          {hidden > 0 ? <Text {...theme.accent}>{` (${hidden} ${t(lang, "hidden")})`}</Text> : null}
          {isFiltered(filter) ? (
            <Text {...theme.accent}>{` ${filterLabel(filter, names, lang)}`}</Text>
          ) : null}
          <Text {...theme.muted}> {t(lang, "issueMarks")}</Text>
        </Text>
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
              {`${r.cells.map(cellMark).join("")} ${pick(r.issue.label, lang)}`}
            </Text>
          )}
        />
      </Box>
      {columnViews}
    </Box>
  );
}

/** The keys that step a filter, and which. */
const FILTER_STEPS = {
  "filter-source": "source",
  "filter-attribution": "attribution",
  "filter-stance": "stance",
} as const;

/** The active filters in words: "filter: [003 ANTARA] · direct quote · supports". */
function filterLabel(filter: ClaimFilter, names: Names, lang: Lang): string {
  const parts = [
    filter.source ? names.sourceTags([{ source: filter.source } as Evidence]) : "",
    filter.attribution ? attributionLabel(filter.attribution, lang) : "",
    filter.stance ? stanceLabel(filter.stance, lang) : "",
  ];
  return `${t(lang, "filter")}: ${parts.filter(Boolean).join(" · ")}`;
}

/** A row of a column: the gap notice, a group's heading, or an entry. */
type Line =
  | { kind: "gap" }
  | { kind: "unmatched" }
  | { kind: "heading"; group: Exclude<CellGroup, "own">; count: number }
  | { kind: "entry"; entry: Entry; index: number };

/** The rows of a column; an entry's index is its place in `entriesOf`, which navigation walks. */
function linesOf(cell: ComparisonCell): Line[] {
  // A gap is the sources' silence; own positions the filter hides are not a gap, and say so.
  const lines: Line[] = cell.gap ? [{ kind: "gap" }] : cell.own.length === 0 ? [{ kind: "unmatched" }] : [];
  let index = 0;
  for (const group of CELL_GROUPS) {
    const placed = cell[group];
    if (placed.length === 0) continue;
    // The own positions stand under the column's title; the other groups get their heading.
    if (group !== "own") lines.push({ kind: "heading", group, count: placed.length });
    for (const p of placed) lines.push({ kind: "entry", entry: { ...p, group }, index: index++ });
  }
  return lines;
}

interface ColumnViewProps {
  comparison: Comparison;
  cell: ComparisonCell;
  index: number;
  names: Names;
  width: number;
  height: number;
  /** The selected entry when the column has the focus. */
  selected: number | undefined;
}

function ColumnView({ comparison, cell, index, names, width, height, selected }: ColumnViewProps) {
  const { lang, theme } = useUi();
  const column = comparison.columns.find((c) => c.id === cell.columnId);
  const style = columnStyle(theme, index);
  // The count is of the column's own positions: hearsay and analysis are counted under their headings.
  const title = `${column ? pick(column.name, lang) : cell.columnId} (${cell.own.length})`;
  const lines = linesOf(cell);
  const selectedLine = Math.max(
    0,
    lines.findIndex((l) => l.kind === "entry" && l.index === selected),
  );
  return (
    <Box flexDirection="column" width={width} height={height} marginRight={1} overflow="hidden">
      <Text {...style} {...(selected !== undefined ? { underline: true } : {})} wrap="truncate-end">
        {title}
      </Text>
      <ScrollList
        items={lines}
        selected={selectedLine}
        height={height - 1}
        heightOf={(line) =>
          line.kind === "gap" || line.kind === "unmatched"
            ? rowsOf(`– ${t(lang, line.kind)}`, width)
            : line.kind === "heading"
              ? 1
              : rowsOf(pick(line.entry.claim.summary, lang), width - 2) +
                rowsOf(attributionOf(line.entry, names, lang), width - 2)
        }
        keyOf={(line) =>
          line.kind === "entry"
            ? `${line.entry.group}:${line.entry.claim.id}`
            : line.kind === "heading"
              ? line.group
              : line.kind
        }
        render={(line) =>
          line.kind === "gap" || line.kind === "unmatched" ? (
            <Wrapped text={`– ${t(lang, line.kind)}`} width={width} style={theme.gap} />
          ) : line.kind === "heading" ? (
            <Text {...theme.muted} wrap="truncate-end">
              {t(lang, line.group)} ({line.count})
            </Text>
          ) : (
            <EntryView entry={line.entry} names={names} selected={line.index === selected} width={width} />
          )
        }
      />
    </Box>
  );
}

/** Who says an entry's claim, how, relayed by whom, and where: wrapped, never cut. */
const attributionOf = ({ claim, group }: Entry, names: Names, lang: Lang) =>
  `${names.attribution(claim, lang, group)} ${names.sourceTags(claim.evidence)}`;

/** One entry: its stance mark, the summary (wrapped under itself), then who says it and where. */
function EntryView({
  entry,
  names,
  selected,
  width,
}: {
  entry: Entry;
  names: Names;
  selected: boolean;
  width: number;
}) {
  const { lang, theme } = useUi();
  const { claim, stance } = entry;
  const highlight = selected ? theme.selected : {};
  return (
    <Box flexDirection="column" width={width}>
      <Box>
        <Text {...highlight}>{`${STANCE_MARKS[stance]} `}</Text>
        <Wrapped text={pick(claim.summary, lang)} width={Math.max(1, width - 2)} style={highlight} />
      </Box>
      <Box marginLeft={2}>
        <Wrapped
          text={attributionOf(entry, names, lang)}
          width={Math.max(1, width - 2)}
          style={theme.muted}
        />
      </Box>
    </Box>
  );
}
