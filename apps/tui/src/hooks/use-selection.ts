import { useRef, useState } from "react";
import type { Command } from "../keys.ts";
import { useCommand } from "./use-command.ts";

const clamp = (index: number, count: number) => Math.max(0, Math.min(index, count - 1));

/**
 * State whose latest value can be read before React renders it: several keys can reach one
 * handler in one write (jjj, or j j enter), and each must start where the one before left off.
 */
export function useLatest<T>(initial: T): [value: T, set: (next: T) => void, latest: () => T] {
  const [value, setValue] = useState(initial);
  const latest = useRef(value);
  const set = (next: T) => {
    latest.current = next;
    setValue(next);
  };
  return [value, set, () => latest.current];
}

/**
 * Where a movement command takes an index in a list of `count` items (PgUp/PgDn by `page`), or
 * undefined for a command that is not a move.
 */
export function moveIndex(command: Command, index: number, count: number, page: number): number | undefined {
  const to: Partial<Record<Command, number>> = {
    up: index - 1,
    down: index + 1,
    top: 0,
    bottom: count - 1,
    "page-up": index - Math.max(1, page),
    "page-down": index + Math.max(1, page),
  };
  const next = to[command];
  return next === undefined ? undefined : clamp(next, count);
}

/**
 * A selected index in a list of `count` items, moved by the movement commands (up/down, g/G,
 * Home/End, PgUp/PgDn). `move` answers whether the command was a move. Until the first move the
 * index is `initial`, which may change while the data comes in.
 */
export function useCursor(count: number, page = 10, initial = 0) {
  const [, set, latest] = useLatest<number | undefined>(undefined);
  const current = () => clamp(latest() ?? initial, count);
  const move = (command: Command): boolean => {
    const next = moveIndex(command, current(), count, page);
    if (next === undefined) return false;
    set(next);
    return true;
  };
  return { index: current(), move, set, current };
}

/** A list's selection: moved by the movement keys, enter opens the selected item. */
export function useSelection(
  count: number,
  active: boolean,
  onOpen: (index: number) => void,
  page?: number,
): number {
  const { index, move, current } = useCursor(count, page);
  useCommand(
    (command) => {
      if (!move(command) && command === "open" && count > 0) onOpen(current());
    },
    { active },
  );
  return index;
}
