import { render } from "ink-testing-library";
import { act } from "react";
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
  home: "\u001b[H",
  end: "\u001b[F",
  pageUp: "\u001b[5~",
  pageDown: "\u001b[6~",
} as const;

/** Runs `send` inside act(), then lets Ink flush a lone escape (it waits one turn for more bytes). */
const settle = (send: () => void) =>
  act(async () => {
    send();
    await new Promise((resolve) => setImmediate(resolve));
  });

/**
 * Renders the whole app at a fixed size (or the test terminal's, which can be resized) with the no-colour theme (frames compare as plain text)
 * and drives it with real key sequences, one write per key as a terminal would send them. Each
 * key is sent inside act(), so the frame and the effects of one key are done before the next.
 */
export function renderApp(size: Size | undefined, props: Partial<AppProps> = {}) {
  let app: ReturnType<typeof render> | undefined;
  act(() => {
    app = render(<App data={embeddedData()} theme={noColorTheme} {...(size ? { size } : {})} {...props} />);
  });
  const drawn = app as ReturnType<typeof render>;
  return {
    ...drawn,
    unmount: () => act(() => drawn.unmount()),
    frame: () => drawn.lastFrame() ?? "",
    async press(...keys: string[]) {
      for (const key of keys) await settle(() => drawn.stdin.write(key));
    },
    async type(text: string) {
      for (const char of text) await settle(() => drawn.stdin.write(char));
    },
    /** Sends the keys in one write, as a held key or a fast typist over SSH arrives. */
    async batch(...keys: string[]) {
      await settle(() => drawn.stdin.write(keys.join("")));
    },
    /** Waits (up to 5 s) for a frame that passes `test`, e.g. for an answer from the API. */
    async waitFor(test: (frame: string) => boolean) {
      for (let waited = 0; waited < 5000 && !test(drawn.lastFrame() ?? ""); waited += 15) {
        await act(() => new Promise((resolve) => setTimeout(resolve, 15)));
      }
      return drawn.lastFrame() ?? "";
    },
  };
}
