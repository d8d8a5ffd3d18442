import type { TextProps } from "ink";

type Style = Pick<
  TextProps,
  "color" | "backgroundColor" | "bold" | "dimColor" | "inverse" | "underline" | "italic"
>;

/** How each kind of text is drawn. Screens use these roles, never colours directly. */
export interface Theme {
  name: "default" | "no-color";
  title: Style;
  accent: Style;
  muted: Style;
  selected: Style;
  /** The quoted span inside its paragraph. */
  quote: Style;
  /** Other quoted spans in a source, which the reader can move to. */
  span: Style;
  match: Style;
  gap: Style;
  /** A source's editorial note, which a reader must not miss beside its quote. */
  note: Style;
  error: Style;
  /** One style per comparison column, so the sides are told apart at a glance. */
  columns: readonly Style[];
}

export const defaultTheme: Theme = {
  name: "default",
  title: { bold: true, color: "cyan" },
  accent: { color: "cyan" },
  muted: { dimColor: true },
  selected: { inverse: true },
  quote: { color: "black", backgroundColor: "yellow" },
  span: { underline: true, color: "yellow" },
  match: { bold: true, color: "yellow" },
  gap: { dimColor: true, italic: true },
  note: { color: "magenta" },
  error: { color: "red", bold: true },
  columns: [
    { bold: true, color: "blue" },
    { bold: true, color: "red" },
    { bold: true, color: "green" },
  ],
};

/** For NO_COLOR (https://no-color.org): emphasis by weight, underline and inverse only. */
export const noColorTheme: Theme = {
  name: "no-color",
  title: { bold: true },
  accent: { bold: true },
  muted: { dimColor: true },
  selected: { inverse: true },
  quote: { inverse: true },
  span: { underline: true },
  match: { bold: true, underline: true },
  gap: { dimColor: true, italic: true },
  note: { italic: true },
  error: { bold: true },
  columns: [{ bold: true }],
};

/** NO_COLOR counts when it is set to anything but the empty string, as the convention says. */
export const themeFor = (env: NodeJS.ProcessEnv): Theme =>
  env.NO_COLOR !== undefined && env.NO_COLOR !== "" ? noColorTheme : defaultTheme;

export const columnStyle = (theme: Theme, index: number): Style =>
  theme.columns[index % theme.columns.length] ?? {};
