import { Box, Text } from "ink";
import { ScrollList } from "../components/ScrollList.tsx";
import { useUi } from "../contexts/ui.tsx";
import { useSelection } from "../hooks/use-selection.ts";
import { t } from "../i18n.ts";
import { BINDINGS, keyLabel } from "../keys.ts";
import type { ScreenProps } from "../routes.ts";

/** Every key binding, straight from the binding table. */
export function HelpScreen({ active, width, height }: ScreenProps) {
  const { lang, theme } = useUi();
  const selected = useSelection(BINDINGS.length, active, () => {});
  const keysWidth = Math.max(...BINDINGS.map((b) => b.keys.map(keyLabel).join(" ").length)) + 2;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text {...theme.title}>{t(lang, "help")}</Text>
      <ScrollList
        items={BINDINGS}
        selected={selected}
        height={height - 1}
        keyOf={(b) => b.command}
        render={(b) => (
          <Text wrap="truncate-end">
            <Text {...theme.accent}>{b.keys.map(keyLabel).join(" ").padEnd(keysWidth)}</Text>
            {b.description[lang]}
          </Text>
        )}
      />
    </Box>
  );
}
