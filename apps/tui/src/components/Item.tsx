import { Box, Text } from "ink";
import { useUi } from "../contexts/ui.tsx";

/** A list entry: a main line (inverse when selected) and a muted detail line. */
export function Item({ main, detail, selected }: { main: string; detail?: string; selected: boolean }) {
  const { theme } = useUi();
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end" {...(selected ? theme.selected : {})}>
        {selected ? "▸ " : "  "}
        {main}
      </Text>
      {detail ? (
        <Text {...theme.muted} wrap="truncate-end">
          {"  "}
          {detail}
        </Text>
      ) : null}
    </Box>
  );
}
