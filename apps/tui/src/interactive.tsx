import { render } from "ink";
import { App } from "./App.tsx";
import type { DataSource } from "./data/data-source.ts";
import type { Lang } from "./i18n.ts";
import type { Target } from "./routes.ts";
import { themeFor } from "./themes/theme.ts";

// The alternate screen keeps the user's scrollback untouched: leaving restores it as it was.
const ENTER_ALT_SCREEN = "\u001b[?1049h";
const LEAVE_ALT_SCREEN = "\u001b[?1049l";

/** Draws the UI until the user quits (q or Ctrl+C), then gives the terminal back as it was. */
export async function runInteractive(
  data: DataSource,
  lang: Lang,
  target: Target | undefined,
): Promise<void> {
  process.stdout.write(ENTER_ALT_SCREEN);
  const leave = () => process.stdout.write(LEAVE_ALT_SCREEN);
  process.once("exit", leave);
  try {
    const app = render(<App data={data} theme={themeFor(process.env)} lang={lang} target={target} />, {
      patchConsole: false,
    });
    await app.waitUntilExit();
  } finally {
    process.off("exit", leave);
    leave();
  }
}
