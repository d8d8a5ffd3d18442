import { Text } from "ink";
import { useUi } from "../contexts/ui.tsx";
import { type Command, hints } from "../keys.ts";

/** The one-line reminder of the keys that work here, from the binding table. */
export function HintBar({ commands }: { commands: readonly Command[] }) {
  const { theme, lang } = useUi();
  return (
    <Text {...theme.muted} wrap="truncate-end">
      {hints(commands, lang)}
    </Text>
  );
}
