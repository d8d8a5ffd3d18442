import type { Key } from "ink";
import type { Lang } from "./i18n.ts";

/** A row of the binding table. */
interface BindingSpec {
  command: string;
  /** Key names as `keyName` gives them. */
  keys: readonly string[];
  description: Readonly<Record<Lang, string>>;
  /** The short form shown in the hint bar; bindings without one appear only in the help. */
  hint?: Readonly<Record<Lang, string>>;
  /** The hint while a text field takes the letters, which then type instead (no j/k). */
  typingHint?: Readonly<Record<Lang, string>>;
}

/**
 * The one key-binding table: input handling, the hint bar and the help screen all read it, so a
 * key cannot do one thing and be documented as another.
 */
export const BINDINGS = [
  {
    command: "up",
    keys: ["up", "k"],
    description: { en: "Move up (in evidence and sources: scroll)", id: "Naik (di bukti dan sumber: gulir)" },
    hint: { en: "↑↓ jk move", id: "↑↓ jk gerak" },
    typingHint: { en: "↑↓ move", id: "↑↓ gerak" },
  },
  { command: "down", keys: ["down", "j"], description: { en: "Move down", id: "Turun" } },
  { command: "top", keys: ["g", "home"], description: { en: "First", id: "Paling atas" } },
  { command: "bottom", keys: ["G", "end"], description: { en: "Last", id: "Paling bawah" } },
  { command: "page-up", keys: ["pageup"], description: { en: "Page up", id: "Halaman sebelumnya" } },
  {
    command: "page-down",
    keys: ["pagedown"],
    description: { en: "Page down", id: "Halaman berikutnya" },
  },
  {
    command: "left",
    keys: ["left", "h"],
    description: {
      en: "Previous column; in evidence, the previous quote; in a source, the previous span",
      id: "Kolom sebelumnya; di bukti, kutipan sebelumnya; di sumber, kutipan bertanda sebelumnya",
    },
    hint: { en: "←→ quote", id: "←→ kutipan" },
  },
  {
    command: "right",
    keys: ["right", "l"],
    description: {
      en: "Next column; in evidence, the next quote; in a source, the next span",
      id: "Kolom berikutnya; di bukti, kutipan berikutnya; di sumber, kutipan bertanda berikutnya",
    },
  },
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
    command: "copy",
    keys: ["y"],
    description: {
      en: "Copy the quote with its citation (OSC 52; also printed when parley ends)",
      id: "Salin kutipan dengan sumbernya (OSC 52; juga dicetak saat parley selesai)",
    },
    hint: { en: "y copy", id: "y salin" },
  },
  {
    command: "filter-source",
    keys: ["f"],
    description: {
      en: "Filter the comparison by source (again: the next source, then all)",
      id: "Saring perbandingan menurut sumber (lagi: sumber berikutnya, lalu semua)",
    },
    hint: { en: "f/a/s filter", id: "f/a/s saring" },
  },
  {
    command: "filter-attribution",
    keys: ["a"],
    description: {
      en: "Filter by attribution: direct quote, partial quote, reported speech, narration, analysis",
      id: "Saring menurut atribusi: kutipan langsung, kutipan sebagian, ujaran tak langsung, narasi, analisis",
    },
  },
  {
    command: "filter-stance",
    keys: ["s"],
    description: { en: "Filter by stance on the issue", id: "Saring menurut sikap terhadap isu" },
  },
  {
    command: "hide-empty",
    keys: ["e"],
    description: {
      en: "Hide or show the issues on which no selected side has a position of its own",
      id: "Sembunyikan atau tampilkan isu tanpa posisi sendiri dari pihak mana pun",
    },
    hint: { en: "e hide empty", id: "e sembunyikan kosong" },
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
    command: "retry",
    keys: ["r"],
    description: { en: "Ask the API again for what failed", id: "Minta ulang ke API yang gagal" },
  },
  {
    command: "help",
    keys: ["?"],
    description: { en: "Help: every key binding", id: "Bantuan: semua tombol" },
    hint: { en: "? help", id: "? bantuan" },
  },
  {
    command: "suspend",
    keys: ["ctrl+z"],
    description: { en: "Suspend to the shell (fg resumes)", id: "Tangguhkan ke shell (fg melanjutkan)" },
  },
  {
    command: "quit",
    keys: ["q", "ctrl+c"],
    description: { en: "Quit", id: "Keluar" },
    hint: { en: "q quit", id: "q keluar" },
  },
] as const satisfies readonly BindingSpec[];

/** What a key can mean: derived from the table, so a command cannot exist without its keys. */
export type Command = (typeof BINDINGS)[number]["command"];
export type Binding = BindingSpec & { command: Command };

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
  if (key.home) return "home";
  if (key.end) return "end";
  if (key.ctrl && input) return `ctrl+${input}`;
  if (input === " ") return "space";
  return input;
}

/**
 * The key presses in one input. Ink splits escape sequences (arrows) into one input each, but
 * keys without one that arrive in one write (a held key, a fast typist over SSH: "jj\r") come as
 * one string: each character is a key of its own, read as a terminal sends it.
 */
export function pressesOf(input: string, key: Key): { input: string; key: Key }[] {
  const chars = [...input];
  if (chars.length < 2 || input.includes("\u001b")) return [{ input, key }];
  return chars.map((char) => {
    const code = char.charCodeAt(0);
    const control = code < 0x20 && char !== "\r" && char !== "\t";
    return {
      input: control ? String.fromCharCode(code + 0x60) : char,
      key: {
        ...key,
        return: char === "\r",
        tab: char === "\t",
        backspace: char === "\u007f" || char === "\b",
        ctrl: control,
        shift: char !== char.toLowerCase(),
      },
    };
  });
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
  return (BINDINGS as readonly Binding[]).find((b) => b.keys.includes(name))?.command;
}

export const isBackward = (input: string, key: Key) => keyName(input, key) === "shift+tab";

/** Hints a hint bar never drops: the way to every other key, and the way out. */
const ESSENTIAL: readonly Command[] = ["help", "quit"];

/**
 * The hint bar's text for the commands a screen offers, in table order, within `width`: when it
 * does not fit, the hints listed last in `commands` (the least needed) drop first, never help
 * and quit.
 */
export function hints(
  commands: readonly Command[],
  lang: Lang,
  { width = Number.POSITIVE_INFINITY, typing = false } = {},
): string {
  const kept = [...commands];
  const text = () =>
    (BINDINGS as readonly Binding[])
      .filter((b) => b.hint && kept.includes(b.command))
      .map((b) => ((typing && b.typingHint) || b.hint)?.[lang])
      .join(" · ");
  for (let i = kept.length - 1; i >= 0 && [...text()].length > width; i--) {
    if (!ESSENTIAL.includes(kept[i] as Command)) kept.splice(i, 1);
  }
  return text();
}

const KEY_LABELS: Record<string, string> = {
  up: "↑",
  down: "↓",
  left: "←",
  right: "→",
  pageup: "PgUp",
  pagedown: "PgDn",
  home: "Home",
  end: "End",
};
export const keyLabel = (name: string) => KEY_LABELS[name] ?? name;
