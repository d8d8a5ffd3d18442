import { Box, Text } from "ink";
import { useUi } from "../contexts/ui.tsx";
import { t } from "../i18n.ts";
import { VIEWS, type View } from "../routes.ts";

/**
 * The title line: the views by number with their names, or, where that does not fit, the current
 * one named and the others by number only; the data's origin when it is an API; the language.
 * It never wraps: 80 columns hold it with room to spare.
 */
export function Header({ view, title }: { view: View | undefined; title: string }) {
  const { theme, lang, size, data } = useUi();
  const remote =
    data.origin === "embedded data" ? "" : `${t(lang, "remote")} ${new URL(data.origin).host} · `;
  const right = ` ${remote}${lang.toUpperCase()}`;
  const room = size.columns - right.length - "Parley ".length;
  const tab = (v: View, i: number, named: boolean) => (named ? ` ${i + 1} ${t(lang, v)} ` : ` ${i + 1} `);
  const full = VIEWS.map((v, i) => tab(v, i, true)).join("");
  const compact = VIEWS.map((v, i) => tab(v, i, v === view)).join("");
  const named = full.length <= room ? "all" : compact.length <= room && view ? "current" : "none";
  return (
    <Box justifyContent="space-between" height={1}>
      <Text wrap="truncate-end">
        <Text {...theme.title}>Parley </Text>
        {named === "none" ? (
          <Text {...theme.muted}>· {title}</Text>
        ) : (
          VIEWS.map((v, i) => (
            <Text key={v} {...(v === view ? theme.selected : theme.muted)}>
              {tab(v, i, named === "all" || v === view)}
            </Text>
          ))
        )}
      </Text>
      <Text {...theme.muted}>{right}</Text>
    </Box>
  );
}
