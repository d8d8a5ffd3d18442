import { useState } from "react";
import { useCommand } from "./use-command.ts";

/** Up/down over a list of `count` items, enter to open the selected one. */
export function useSelection(count: number, active: boolean, onOpen: (index: number) => void): number {
  const [index, setIndex] = useState(0);
  const selected = Math.max(0, Math.min(index, count - 1));
  useCommand(
    (command) => {
      if (command === "up") setIndex(Math.max(0, selected - 1));
      else if (command === "down") setIndex(Math.min(count - 1, selected + 1));
      else if (command === "open" && count > 0) onOpen(selected);
    },
    { active },
  );
  return selected;
}
