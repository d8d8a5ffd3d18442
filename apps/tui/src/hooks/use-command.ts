import { type Key, useInput } from "ink";
import { useCallback, useRef } from "react";
import { type Command, commandOf } from "../keys.ts";

/**
 * Calls `handle` with the command a key press means, while `active`. `typing` leaves printable
 * keys to a text field. The latest `handle` is read through a ref: keys can arrive before React
 * re-subscribes a new handler, and must not see the state of an older frame.
 */
export function useCommand(
  handle: (command: Command, input: string, key: Key) => void,
  { active = true, typing = false }: { active?: boolean; typing?: boolean } = {},
): void {
  const latest = useRef(handle);
  latest.current = handle;
  const onInput = useCallback(
    (input: string, key: Key) => {
      const command = commandOf(input, key, typing);
      if (command) latest.current(command, input, key);
    },
    [typing],
  );
  useInput(onInput, { isActive: active });
}
