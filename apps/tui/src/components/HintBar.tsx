import { Text } from "ink";
import { useUi } from "../contexts/ui.tsx";
import { type Command, hints } from "../keys.ts";

/**
 * The one-line reminder of the keys that work here, from the binding table; `commands` lists
 * them most needed first, which is the order in which they stay when the line is short.
 */
export function HintBar({ commands, typing }: { commands: readonly Command[]; typing: boolean }) {
  const { theme, lang, size } = useUi();
  return (
    <Text {...theme.muted} wrap="truncate-end">
      {hints(commands, lang, { width: size.columns, typing })}
    </Text>
  );
}
