import { Box, useApp, useStdout } from "ink";
import { type ReactNode, useCallback, useMemo, useRef, useState } from "react";
import { osc52 } from "./clipboard.ts";
import { Header } from "./components/Header.tsx";
import { HintBar } from "./components/HintBar.tsx";
import { type Size, type Ui, UiContext } from "./contexts/ui.tsx";
import type { DataSource } from "./data/data-source.ts";
import { useCommand } from "./hooks/use-command.ts";
import { forgetErrors, type QueryCache } from "./hooks/use-query.ts";
import { useTerminalSize } from "./hooks/use-terminal-size.ts";
import { type Lang, t } from "./i18n.ts";
import type { Command } from "./keys.ts";
import { type Route, type Target, VIEWS, type View } from "./routes.ts";
import { ActorsScreen } from "./screens/ActorsScreen.tsx";
import { ChooseScreen } from "./screens/ChooseScreen.tsx";
import { CompareScreen } from "./screens/CompareScreen.tsx";
import { DiscrepanciesScreen } from "./screens/DiscrepanciesScreen.tsx";
import { EvidenceScreen } from "./screens/EvidenceScreen.tsx";
import { HelpScreen } from "./screens/HelpScreen.tsx";
import { OutcomesScreen } from "./screens/OutcomesScreen.tsx";
import { OverviewScreen } from "./screens/OverviewScreen.tsx";
import { ReaderScreen } from "./screens/ReaderScreen.tsx";
import { SearchScreen } from "./screens/SearchScreen.tsx";
import { SourcesScreen } from "./screens/SourcesScreen.tsx";
import { TimelineScreen } from "./screens/TimelineScreen.tsx";
import type { Theme } from "./themes/theme.ts";

export interface AppProps {
  data: DataSource;
  theme: Theme;
  lang?: Lang;
  target?: Target;
  /** A fixed size instead of the terminal's (tests). */
  size?: Size;
  /** Where y puts a quote: the terminal's clipboard by default. */
  copy?: (text: string) => void;
  /**
   * Ctrl+Z: told before the app draws an empty frame, after which it hands the terminal to the
   * shell; `resume` draws the app again. Without it (tests, the warm-up) Ctrl+Z does nothing.
   */
  onSuspend?: (resume: () => void) => void;
}

// Each screen's hints, most needed first: a narrow terminal drops them from the end (but help and quit).
const NAVIGATE: readonly Command[] = [
  "help",
  "quit",
  "up",
  "open",
  "back",
  "search",
  "view-compare",
  "pane",
  "lang",
];
const HINTS: Record<Route["name"], readonly Command[]> = {
  compare: [
    "help",
    "quit",
    "up",
    "open",
    "pane",
    "search",
    "choose",
    "hide-empty",
    "filter-source",
    "view-compare",
    "lang",
  ],
  overview: NAVIGATE,
  actors: NAVIGATE,
  outcomes: NAVIGATE,
  discrepancies: NAVIGATE,
  timeline: NAVIGATE,
  sources: NAVIGATE,
  evidence: ["help", "quit", "up", "back", "copy", "open", "left", "lang"],
  reader: ["help", "quit", "up", "back", "left", "open", "lang"],
  search: ["up", "open", "back"],
  choose: ["up", "pane", "open", "back"],
  help: ["up", "back", "quit"],
};

const isView = (name: Route["name"]): name is View => (VIEWS as readonly string[]).includes(name);

/**
 * The interactive UI: a stack of screens over one of the views. Screens below the top stay
 * mounted (hidden), so going back returns to the same selection.
 */
export function App({
  data,
  theme,
  lang: initialLang = "en",
  target: initialTarget,
  size: fixed,
  copy: copyTo,
  onSuspend,
}: AppProps) {
  // While suspended the app draws nothing, so that the frame drawn on resume is a new one in full.
  const [suspended, setSuspended] = useState(false);
  const { exit } = useApp();
  const { stdout } = useStdout();
  const copy = useCallback(
    (text: string) => (copyTo ? copyTo(text) : stdout.write(osc52(text))),
    [copyTo, stdout],
  );
  const size = useTerminalSize(fixed);
  const [lang, setLang] = useState<Lang>(initialLang);
  const [stack, setStack] = useState<readonly Route[]>([{ name: "compare" }]);
  const [target, setTarget] = useState<Target>(initialTarget ?? { by: "side" });
  // Each comparison target gets a fresh comparison screen (its selection belongs to the old columns).
  const [targetKey, setTargetKey] = useState(0);
  const cache = useRef<QueryCache>(new Map()).current;
  // Bumped by r: the app and its screens draw again, and ask again for what failed.
  const [attempt, setAttempt] = useState(0);
  const ui: Ui = useMemo(
    () => ({ data, cache, theme, lang, size, copy }),
    [data, cache, theme, lang, size, copy],
  );

  const top = stack[stack.length - 1] as Route;
  const push = (route: Route) => setStack([...stack, route]);
  const pop = () => setStack(stack.length > 1 ? stack.slice(0, -1) : stack);

  useCommand(
    (command) => {
      if (command === "suspend") {
        // Told first, so that it is ready when the empty frame is drawn.
        onSuspend?.(() => setSuspended(false));
        if (onSuspend) setSuspended(true);
        return;
      }
      if (top.name === "search") {
        if (command === "back") pop();
        return;
      }
      if (command === "quit") exit();
      else if (command === "back") pop();
      else if (command === "help") top.name === "help" ? pop() : push({ name: "help" });
      else if (command === "lang") setLang(lang === "en" ? "id" : "en");
      else if (command === "retry") {
        forgetErrors(cache);
        setAttempt(attempt + 1);
      } else if (command === "search") push({ name: "search" });
      else if (command === "choose" && top.name !== "choose") push({ name: "choose" });
      else if (command.startsWith("view-")) setStack([{ name: command.slice(5) as View }]);
    },
    { typing: top.name === "search" },
  );

  const header = 1;
  const footer = 1;
  const body = { width: size.columns, height: Math.max(3, size.rows - header - footer) };
  const base = stack.find((r) => isView(r.name))?.name as View | undefined;
  const title = t(
    lang,
    isView(top.name)
      ? top.name
      : top.name === "reader"
        ? "sources"
        : top.name === "choose"
          ? "compare"
          : top.name,
  );

  const screen = (route: Route, active: boolean): ReactNode => {
    const props = { ...body, active, open: push };
    switch (route.name) {
      case "compare":
        return <CompareScreen key={targetKey} {...props} target={target} />;
      case "overview":
        return <OverviewScreen {...props} />;
      case "actors":
        return <ActorsScreen {...props} />;
      case "outcomes":
        return <OutcomesScreen {...props} />;
      case "discrepancies":
        return <DiscrepanciesScreen {...props} />;
      case "timeline":
        return <TimelineScreen {...props} />;
      case "sources":
        return <SourcesScreen {...props} />;
      case "evidence":
        return <EvidenceScreen {...props} subject={route.subject} />;
      case "reader":
        return (
          <ReaderScreen
            {...props}
            sourceId={route.sourceId}
            {...(route.at === undefined ? {} : { at: route.at })}
          />
        );
      case "search":
        return <SearchScreen {...props} />;
      case "help":
        return <HelpScreen {...props} />;
      case "choose":
        return (
          <ChooseScreen
            {...props}
            target={target}
            onChoose={(next) => {
              // The issues asked for with --issue stay: choosing changes the columns only.
              setTarget(target.issues ? { ...next, issues: target.issues } : next);
              setTargetKey(targetKey + 1);
              setStack([{ name: "compare" }]);
            }}
          />
        );
    }
  };

  if (suspended) return null;
  return (
    <UiContext.Provider value={ui}>
      <Box flexDirection="column" width={size.columns} height={size.rows}>
        <Header view={base} title={title} />
        {stack.map((route, i) => (
          <Box key={i} display={i === stack.length - 1 ? "flex" : "none"} height={body.height}>
            {screen(route, i === stack.length - 1)}
          </Box>
        ))}
        <HintBar commands={HINTS[top.name]} typing={top.name === "search"} />
      </Box>
    </UiContext.Provider>
  );
}
