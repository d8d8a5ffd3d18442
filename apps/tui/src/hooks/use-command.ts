import { type Key, useInput } from "ink";
import { useCallback, useRef } from "react";
import { type Command, commandOf, pressesOf } from "../keys.ts";

/**
 * Calls `handle` with the command a key press means, while `active`. `typing` leaves printable
 * keys to a text field. The latest `handle` is read through a ref: keys can arrive before React
 * re-subscribes a new handler, and must not see the state of an older frame. Several keys can
 * reach one handler before React renders again: handlers update state from its current value
 * (functional updates), never from the value they were rendered with.
 */
export function useCommand(
  handle: (command: Command, input: string, key: Key) => void,
  { active = true, typing = false }: { active?: boolean; typing?: boolean } = {},
): void {
  const latest = useRef(handle);
  latest.current = handle;
  const onInput = useCallback(
    (input: string, key: Key) => {
      // While typing, a run of characters is text (a paste) for the field.
      for (const press of typing ? [{ input, key }] : pressesOf(input, key)) {
        const command = commandOf(press.input, press.key, typing);
        if (command) latest.current(command, press.input, press.key);
      }
    },
    [typing],
  );
  useInput(onInput, { isActive: active });
}
