import { EventEmitter } from "node:events";
import { constants } from "node:os";
import { render } from "ink";
import { App } from "./App.tsx";
import { osc52 } from "./clipboard.ts";
import type { DataSource } from "./data/data-source.ts";
import type { Lang } from "./i18n.ts";
import type { Target } from "./routes.ts";
import { themeFor } from "./themes/theme.ts";

// The alternate screen keeps the user's scrollback untouched: leaving restores it as it was.
const ENTER_ALT_SCREEN = "\u001b[?1049h";
const LEAVE_ALT_SCREEN = "\u001b[?1049l";
const SHOW_CURSOR = "\u001b[?25h";
const HIDE_CURSOR = "\u001b[?25l";

/** The ways out besides q and Ctrl+C (which Ink handles): `kill`, a closed terminal. */
const SIGNALS = ["SIGTERM", "SIGHUP"] as const;

/**
 * Draws the UI until the user quits (q or Ctrl+C) or a signal ends it, then gives the terminal
 * back as it was: main screen, cursor shown, raw mode off.
 */
export async function runInteractive(
  data: DataSource,
  lang: Lang,
  target: Target | undefined,
): Promise<void> {
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    process.stdout.write(LEAVE_ALT_SCREEN + SHOW_CURSOR);
  };
  process.stdout.write(ENTER_ALT_SCREEN);
  process.once("exit", restore);
  // What y copied, printed once the screen is back: the fallback where OSC 52 is not supported.
  const copied: string[] = [];
  const copy = (text: string) => {
    process.stdout.write(osc52(text));
    copied.push(text);
  };
  // Ctrl+Z: once Ink has drawn the empty frame (onRender), give the shell its screen and stop;
  // on fg (SIGCONT) take the terminal back and draw again.
  let suspending: (() => void) | undefined;
  const onSuspend = (resume: () => void) => {
    suspending = () => {
      process.stdin.setRawMode?.(false);
      process.stdout.write(LEAVE_ALT_SCREEN + SHOW_CURSOR);
      process.once("SIGCONT", () => {
        process.stdin.setRawMode?.(true);
        process.stdout.write(ENTER_ALT_SCREEN + HIDE_CURSOR);
        resume();
      });
      process.kill(process.pid, "SIGTSTP");
    };
  };
  const app = render(
    <App
      data={data}
      theme={themeFor(process.env)}
      lang={lang}
      target={target}
      copy={copy}
      onSuspend={onSuspend}
    />,
    {
      patchConsole: false,
      onRender: () => {
        const suspend = suspending;
        suspending = undefined;
        suspend?.();
      },
    },
  );
  // Ink unmounts on these too, but leaves the process to die by the signal, before "exit"
  // could restore the screen; so parley ends itself with the shell's code for the signal.
  const onSignal = (signal: NodeJS.Signals) => {
    app.unmount();
    restore();
    process.exit(128 + (constants.signals[signal] ?? 0));
  };
  for (const signal of SIGNALS) process.once(signal, onSignal);
  try {
    await app.waitUntilExit();
  } finally {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off("exit", restore);
    restore();
  }
  for (const text of copied) process.stdout.write(`Copied: ${text}\n`);
}

/** An in-memory terminal of 120x30: drops what is drawn, and types keys as Ink reads them. */
class MemoryTerminal extends EventEmitter {
  readonly isTTY = true;
  readonly columns = 120;
  readonly rows = 30;
  #typed: string | null = null;
  write = () => {
    this.emit("frame");
    return true;
  };
  read = () => {
    const typed = this.#typed;
    this.#typed = null;
    return typed;
  };
  type(keys: string) {
    this.#typed = keys;
    this.emit("readable");
  }
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

/**
 * Draws the comparison into an in-memory terminal, moves down the issue list once, and unmounts.
 * The build runs it (through cli.tsx's warmUp) so that the code cache holds what a start compiles.
 */
export async function drawOnce(data: DataSource): Promise<void> {
  const terminal = new MemoryTerminal();
  // A frame that never comes fails the build instead of hanging it.
  const frame = () =>
    new Promise<void>((resolve, reject) => {
      const late = setTimeout(() => reject(new Error("no frame drawn within 5 s")), 5000);
      terminal.once("frame", () => {
        clearTimeout(late);
        resolve();
      });
    });
  const drawn = frame();
  const io = terminal as unknown as NodeJS.WriteStream & NodeJS.ReadStream;
  const app = render(<App data={data} theme={themeFor({})} />, {
    stdout: io,
    stderr: io,
    stdin: io,
    patchConsole: false,
    exitOnCtrlC: false,
  });
  await drawn;
  const moved = frame();
  terminal.type("j");
  await moved;
  app.unmount();
}
