import type { Key } from "ink";
import type { Lang } from "./i18n.ts";

export type Command =
  | "up"
  | "down"
  | "left"
  | "right"
  | "pane"
  | "open"
  | "select"
  | "back"
  | "search"
  | "choose"
  | "lang"
  | "help"
  | "quit"
  | "view-compare"
  | "view-overview"
  | "view-actors"
  | "view-outcomes"
  | "view-discrepancies"
  | "view-timeline"
  | "view-sources";

export interface Binding {
  command: Command;
  /** Key names as `keyName` gives them. */
  keys: readonly string[];
  description: Record<Lang, string>;
  /** The short form shown in the hint bar; bindings without one appear only in the help. */
  hint?: Record<Lang, string>;
}

/**
 * The one key-binding table: input handling, the hint bar and the help screen all read it, so a
 * key cannot do one thing and be documented as another.
 */
export const BINDINGS: readonly Binding[] = [
  {
    command: "up",
    keys: ["up", "k"],
    description: { en: "Move up", id: "Naik" },
    hint: { en: "↑↓ jk move", id: "↑↓ jk gerak" },
  },
  { command: "down", keys: ["down", "j"], description: { en: "Move down", id: "Turun" } },
  {
    command: "left",
    keys: ["left", "h"],
    description: { en: "Previous column", id: "Kolom sebelumnya" },
  },
  { command: "right", keys: ["right", "l"], description: { en: "Next column", id: "Kolom berikutnya" } },
  {
    command: "pane",
    keys: ["tab", "shift+tab"],
    description: { en: "Next pane (shift: previous)", id: "Panel berikutnya (shift: sebelumnya)" },
    hint: { en: "tab pane", id: "tab panel" },
  },
  {
    command: "open",
    keys: ["enter"],
    description: { en: "Open the evidence of the selection", id: "Buka bukti pilihan" },
    hint: { en: "enter open", id: "enter buka" },
  },
  {
    command: "select",
    keys: ["space"],
    description: { en: "Select or unselect (when choosing)", id: "Pilih atau batal (saat memilih)" },
  },
  {
    command: "back",
    keys: ["esc"],
    description: { en: "Back", id: "Kembali" },
    hint: { en: "esc back", id: "esc kembali" },
  },
  {
    command: "search",
    keys: ["/"],
    description: { en: "Search claims and sources", id: "Cari klaim dan sumber" },
    hint: { en: "/ search", id: "/ cari" },
  },
  {
    command: "choose",
    keys: ["c"],
    description: { en: "Choose the sides or actors to compare", id: "Pilih pihak atau aktor" },
    hint: { en: "c sides", id: "c pihak" },
  },
  {
    command: "lang",
    keys: ["L"],
    description: { en: "Switch English / Indonesian", id: "Ganti bahasa Inggris / Indonesia" },
    hint: { en: "L bahasa", id: "L english" },
  },
  {
    command: "view-compare",
    keys: ["1"],
    description: { en: "Comparison", id: "Perbandingan" },
    hint: { en: "1-7 views", id: "1-7 tampilan" },
  },
  { command: "view-overview", keys: ["2"], description: { en: "Summit overview", id: "Ikhtisar KTT" } },
  { command: "view-actors", keys: ["3"], description: { en: "Actors and roles", id: "Aktor dan peran" } },
  { command: "view-outcomes", keys: ["4"], description: { en: "Outcomes", id: "Hasil" } },
  {
    command: "view-discrepancies",
    keys: ["5"],
    description: { en: "Discrepancies between sources", id: "Perbedaan antarsumber" },
  },
  { command: "view-timeline", keys: ["6"], description: { en: "Timeline", id: "Kronologi" } },
  { command: "view-sources", keys: ["7"], description: { en: "Sources", id: "Sumber" } },
  {
    command: "help",
    keys: ["?"],
    description: { en: "Help: every key binding", id: "Bantuan: semua tombol" },
    hint: { en: "? help", id: "? bantuan" },
  },
  {
    command: "quit",
    keys: ["q", "ctrl+c"],
    description: { en: "Quit", id: "Keluar" },
    hint: { en: "q quit", id: "q keluar" },
  },
];

/** A key press as one name: "up", "enter", "shift+tab", "ctrl+c", "space", or the character. */
export function keyName(input: string, key: Key): string {
  if (key.upArrow) return "up";
  if (key.downArrow) return "down";
  if (key.leftArrow) return "left";
  if (key.rightArrow) return "right";
  if (key.return) return "enter";
  if (key.escape) return "esc";
  if (key.tab) return key.shift ? "shift+tab" : "tab";
  if (key.pageUp) return "pageup";
  if (key.pageDown) return "pagedown";
  if (key.ctrl && input) return `ctrl+${input}`;
  if (input === " ") return "space";
  return input;
}

/** Keys that also type text, which a text field keeps for itself. */
const TYPING = /^[^\s]$|^space$/;

/**
 * The command a key press means. While a text field has the input, only keys that cannot be typed
 * (arrows, enter, esc, tab, ctrl+…) are commands.
 */
export function commandOf(input: string, key: Key, typing = false): Command | undefined {
  const name = keyName(input, key);
  if (typing && TYPING.test(name)) return undefined;
  return BINDINGS.find((b) => b.keys.includes(name))?.command;
}

export const isBackward = (input: string, key: Key) => keyName(input, key) === "shift+tab";

export function bindingOf(command: Command): Binding {
  return BINDINGS.find((b) => b.command === command) as Binding;
}

/** The hint bar's text for the commands a screen offers, in table order. */
export function hints(commands: readonly Command[], lang: Lang): string {
  return BINDINGS.filter((b) => b.hint && commands.includes(b.command))
    .map((b) => b.hint?.[lang])
    .join(" · ");
}

const KEY_LABELS: Record<string, string> = { up: "↑", down: "↓", left: "←", right: "→" };
export const keyLabel = (name: string) => KEY_LABELS[name] ?? name;
