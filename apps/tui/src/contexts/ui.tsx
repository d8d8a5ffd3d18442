import { createContext, useContext } from "react";
import type { DataSource } from "../data/data-source.ts";
import type { QueryCache } from "../hooks/use-query.ts";
import type { Lang } from "../i18n.ts";
import type { Theme } from "../themes/theme.ts";

export interface Size {
  columns: number;
  rows: number;
}

/** What every screen needs: where the data comes from, how to draw, in which language, how big. */
export interface Ui {
  data: DataSource;
  cache: QueryCache;
  theme: Theme;
  lang: Lang;
  size: Size;
  /** Puts a text on the user's clipboard (OSC 52 in a terminal). */
  copy: (text: string) => void;
}

export const UiContext = createContext<Ui | null>(null);

export function useUi(): Ui {
  const ui = useContext(UiContext);
  if (!ui) throw new Error("useUi() outside <UiContext.Provider>");
  return ui;
}

/** Below this width the panes stack instead of standing side by side. */
export const WIDE = 80;
export const isWide = (size: Size) => size.columns >= WIDE;
