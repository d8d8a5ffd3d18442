import { Text } from "ink";
import { useUi } from "../contexts/ui.tsx";
import type { Line } from "./line-editor.ts";

/** The query as typed, the cursor drawn in inverse video, or the placeholder when empty. */
export function SearchField({
  line,
  placeholder,
  active,
}: {
  line: Line;
  placeholder: string;
  active: boolean;
}) {
  const { theme } = useUi();
  const chars = [...line.text];
  const cursor = chars[line.cursor] ?? " ";
  return (
    <Text wrap="truncate-start">
      <Text {...theme.accent}>/ </Text>
      {chars.length === 0 ? (
        <>
          {active ? <Text inverse> </Text> : null}
          <Text {...theme.muted}>{placeholder}</Text>
        </>
      ) : (
        <>
          {chars.slice(0, line.cursor).join("")}
          {active ? <Text inverse>{cursor}</Text> : cursor.trim()}
          {chars.slice(line.cursor + 1).join("")}
        </>
      )}
    </Text>
  );
}
