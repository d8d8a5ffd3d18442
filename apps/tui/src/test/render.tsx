import { render } from "ink-testing-library";
import { App, type AppProps } from "../App.tsx";
import type { Size } from "../contexts/ui.tsx";
import { embeddedData } from "../data/embedded.ts";
import { noColorTheme } from "../themes/theme.ts";

/** Escape sequences a terminal sends for the keys the UI binds. */
export const KEYS = {
  up: "\u001b[A",
  down: "\u001b[B",
  right: "\u001b[C",
  left: "\u001b[D",
  enter: "\r",
  esc: "\u001b",
  tab: "\t",
  shiftTab: "\u001b[Z",
} as const;

const tick = () => new Promise((resolve) => setTimeout(resolve, 15));

/**
 * Renders the whole app at a fixed size with the no-colour theme (frames compare as plain text)
 * and drives it with real key sequences, one write per key as a terminal would send them.
 */
export function renderApp(size: Size, props: Partial<AppProps> = {}) {
  const app = render(<App data={embeddedData()} theme={noColorTheme} size={size} {...props} />);
  return {
    ...app,
    frame: () => app.lastFrame() ?? "",
    async press(...keys: string[]) {
      // Ink subscribes input handlers in effects: give a new screen a moment before each key.
      for (const key of keys) {
        await tick();
        app.stdin.write(key);
        await tick();
      }
    },
    async type(text: string) {
      for (const char of text) {
        await tick();
        app.stdin.write(char);
        await tick();
      }
    },
    /** Waits (up to 5 s) for a frame that passes `test`, e.g. after a first search builds its index. */
    async waitFor(test: (frame: string) => boolean) {
      for (let waited = 0; waited < 5000 && !test(app.lastFrame() ?? ""); waited += 15) await tick();
      return app.lastFrame() ?? "";
    },
  };
}

export { tick };
