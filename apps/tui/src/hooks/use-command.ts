import { type Key, useInput } from "ink";
import { type Command, commandOf } from "../keys.ts";

/**
 * Calls `handle` with the command a key press means, while `active`. `typing` leaves printable
 * keys to a text field.
 */
export function useCommand(
  handle: (command: Command, input: string, key: Key) => void,
  { active = true, typing = false }: { active?: boolean; typing?: boolean } = {},
): void {
  useInput(
    (input, key) => {
      const command = commandOf(input, key, typing);
      if (command) handle(command, input, key);
    },
    { isActive: active },
  );
}
