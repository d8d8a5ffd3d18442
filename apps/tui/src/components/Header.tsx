import { Box, Text } from "ink";
import { isWide, useUi } from "../contexts/ui.tsx";
import { t } from "../i18n.ts";
import { VIEWS, type View } from "../routes.ts";

/** The title line: the views by number (wide) or the current one (narrow), and the language. */
export function Header({ view, title }: { view: View | undefined; title: string }) {
  const { theme, lang, size } = useUi();
  const language = lang.toUpperCase();
  if (!isWide(size)) {
    return (
      <Box justifyContent="space-between">
        <Text {...theme.title} wrap="truncate-end">
          Parley · {title}
        </Text>
        <Text {...theme.muted}> {language}</Text>
      </Box>
    );
  }
  return (
    <Box justifyContent="space-between">
      <Text wrap="truncate-end">
        <Text {...theme.title}>Parley </Text>
        {VIEWS.map((v, i) => (
          <Text key={v} {...(v === view ? theme.selected : theme.muted)}>
            {` ${i + 1} ${t(lang, v)} `}
          </Text>
        ))}
      </Text>
      <Text {...theme.muted}> {language}</Text>
    </Box>
  );
}
