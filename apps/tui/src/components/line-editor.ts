import type { Key } from "ink";
import type { Lang } from "../i18n.ts";
import { keyName } from "../keys.ts";

/** A one-line text field's content, the cursor counted in code points. */
export interface Line {
  text: string;
  cursor: number;
}

type Edit = (chars: string[], cursor: number) => Line;
const line = (chars: readonly string[], cursor: number): Line => ({ text: chars.join(""), cursor });

/** Where the word before `cursor` starts, as readline's Ctrl+W sees it: spaces, then a word. */
function wordStart(chars: readonly string[], cursor: number): number {
  let at = cursor;
  while (at > 0 && /\s/.test(chars[at - 1] as string)) at--;
  while (at > 0 && !/\s/.test(chars[at - 1] as string)) at--;
  return at;
}

/**
 * The editing keys of a text field, as readline (bash, less, fzf) has them: one table drives
 * the field and the help.
 */
export const EDITING: readonly { keys: readonly string[]; description: Record<Lang, string>; edit: Edit }[] =
  [
    {
      keys: ["ctrl+a", "home"],
      description: { en: "To the start of the query", id: "Ke awal kueri" },
      edit: (chars) => line(chars, 0),
    },
    {
      keys: ["ctrl+e", "end"],
      description: { en: "To the end of the query", id: "Ke akhir kueri" },
      edit: (chars) => line(chars, chars.length),
    },
    {
      keys: ["left", "ctrl+b"],
      description: { en: "One character back", id: "Satu karakter mundur" },
      edit: (chars, cursor) => line(chars, Math.max(0, cursor - 1)),
    },
    {
      keys: ["right", "ctrl+f"],
      description: { en: "One character forward", id: "Satu karakter maju" },
      edit: (chars, cursor) => line(chars, Math.min(chars.length, cursor + 1)),
    },
    {
      keys: ["backspace", "ctrl+h"],
      description: { en: "Delete the character before the cursor", id: "Hapus karakter sebelum kursor" },
      edit: (chars, cursor) =>
        cursor === 0
          ? line(chars, 0)
          : line([...chars.slice(0, cursor - 1), ...chars.slice(cursor)], cursor - 1),
    },
    {
      keys: ["ctrl+d"],
      description: { en: "Delete the character under the cursor", id: "Hapus karakter di kursor" },
      edit: (chars, cursor) => line([...chars.slice(0, cursor), ...chars.slice(cursor + 1)], cursor),
    },
    {
      keys: ["ctrl+w"],
      description: { en: "Delete the word before the cursor", id: "Hapus kata sebelum kursor" },
      edit: (chars, cursor) => {
        const from = wordStart(chars, cursor);
        return line([...chars.slice(0, from), ...chars.slice(cursor)], from);
      },
    },
    {
      keys: ["ctrl+u"],
      description: { en: "Delete everything before the cursor", id: "Hapus semua sebelum kursor" },
      edit: (chars, cursor) => line(chars.slice(cursor), 0),
    },
    {
      keys: ["ctrl+k"],
      description: { en: "Delete from the cursor to the end", id: "Hapus dari kursor sampai akhir" },
      edit: (chars, cursor) => line(chars.slice(0, cursor), cursor),
    },
  ];

/**
 * The line after a key press, or undefined when the key is not the field's (arrows up and down,
 * enter, esc, tab: the screen's). Printable text is inserted at the cursor, a paste at once.
 */
export function editLine(current: Line, input: string, key: Key): Line | undefined {
  const chars = [...current.text];
  // Ink reports the backspace key (DEL, 0x7f) as delete, as it does the delete key: both erase back.
  const name = key.backspace || key.delete ? "backspace" : keyName(input, key);
  const editing = EDITING.find((e) => e.keys.includes(name));
  if (editing) return editing.edit(chars, current.cursor);
  if (key.ctrl || key.meta || key.escape || key.return || key.tab || key.upArrow || key.downArrow) {
    return undefined;
  }
  if (key.pageUp || key.pageDown) return undefined;
  // Line breaks in a paste are spaces: the query is one line.
  const typed = [...input.replace(/[\r\n\t]+/g, " ")].filter((c) => c >= " " && c !== "\u007f");
  if (typed.length === 0) return undefined;
  return line(
    [...chars.slice(0, current.cursor), ...typed, ...chars.slice(current.cursor)],
    current.cursor + typed.length,
  );
}
