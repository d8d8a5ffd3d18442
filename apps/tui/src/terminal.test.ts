import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compare, getSummit } from "@parley/core";
import { afterEach, describe, expect, it } from "vitest";

// The real thing: the built CLI in a real terminal (tmux, private socket, fixed size), looked at
// as a person sees it: with its styles (capture-pane -e keeps the SGR sequences).
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
// A server per test: one being torn down cannot take the next test's session with it.
let socket = "";
let sessions = 0;
const tmux = (...args: string[]) => execFileSync("tmux", ["-L", socket, ...args], { encoding: "utf8" });
/** The screen as text with its SGR sequences. */
const styled = () => tmux("capture-pane", "-e", "-p", "-t", "tui");
// Built from strings: a regex literal with an escape character is a lint error.
const ESC = "\u001b";
const SGR = new RegExp(`${ESC}\\[[0-9;]*m`, "g");
const plain = (screen: string) => screen.replace(SGR, "");
/** What tmux knows of the pane: e.g. `alternate_on`, `cursor_flag`, `pane_dead`. */
const pane = (format: string) => tmux("display-message", "-p", "-t", "tui", `#{${format}}`).trim();
const comparison = compare(getSummit("alaska-2025"));
const issueLabel = (row: number) => comparison.rows[row]?.issue.label.en?.slice(0, 20) ?? "?";

/** Polls the screen until `test` passes; fails with the last screen after 5 s. */
async function waitFor(test: (screen: string) => boolean, what = "the expected screen"): Promise<string> {
  let last = "";
  for (const started = Date.now(); Date.now() - started < 5000; ) {
    last = styled();
    if (test(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no ${what} within 5 s; the screen:\n${plain(last)}`);
}

/** Sends keys (tmux key names) and waits for the screen that shows they were read. */
async function press(keys: string | readonly string[], until: (screen: string) => boolean, what?: string) {
  tmux("send-keys", "-t", "tui", ...(typeof keys === "string" ? [keys] : keys));
  return waitFor(until, what);
}

/** One write of these bytes to the terminal, as a held key or a fast typist over SSH sends them. */
const writeOnce = (bytes: string) =>
  tmux("send-keys", "-t", "tui", "-H", ...(Buffer.from(bytes).toString("hex").match(/../g) ?? []));

/**
 * A tmux session of the given size in a user's terminal (no CI variables, TERM as given), whose
 * shell echoes BEFORE-PARLEY, runs `parley`, then says how it exited and stays, to look at what
 * parley left behind.
 */
function open(width: number, height: number, { env = "", args = "" } = {}) {
  socket = `parley-test-${process.pid}-${++sessions}`;
  const command = `echo BEFORE-PARLEY; env -i PATH="${process.env.PATH}" ${env} node ${cli} ${args}; echo "PARLEY-EXIT $?"; sleep 60`;
  tmux("new-session", "-d", "-s", "tui", "-x", String(width), "-y", String(height), command);
}
/** parley's pid: the shell's child (env execs node). */
const parleyPid = () => execFileSync("pgrep", ["-P", pane("pane_pid")], { encoding: "utf8" }).trim();
const exited = (screen: string) => screen.includes("PARLEY-EXIT");

/** The text of each row drawn in inverse video (the selection), rows without any left out. */
function selectedRows(screen: string): string[] {
  return screen.split("\n").flatMap((row) => {
    let inverse = false;
    let text = "";
    for (const [i, part] of row.split(new RegExp(`(${ESC}\\[[0-9;]*m)`)).entries()) {
      if (i % 2 === 0) text += inverse ? part : "";
      else {
        const params = part.slice(2, -1).split(";");
        if (params.includes("7")) inverse = true;
        else if (params.includes("0") || params.includes("27") || params[0] === "") inverse = false;
      }
    }
    return text ? [text] : [];
  });
}
/** Colour SGR parameters (foreground/background, 8, 16, 256 or true colour), not the resets 39/49. */
const COLOUR = new RegExp(`${ESC}\\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|4[0-7]|10[0-7]|38|48)(?:;[0-9;]*)?m`);
const TERM_256 = "TERM=xterm-256color";

afterEach(() => {
  try {
    tmux("kill-server");
  } catch {
    // Already gone.
  }
});

describe("parley in a real terminal", () => {
  it("draws, navigates, opens evidence, searches, quits and restores the terminal", async () => {
    expect(existsSync(cli)).toBe(true);
    open(100, 30, { env: TERM_256 });
    let shown = plain(await waitFor((s) => s.includes("Issues")));
    expect(shown).toContain("United States (");
    expect(shown).not.toContain("BEFORE-PARLEY");

    // The focus leaves the issue list for the first column's first entry.
    await press("Tab", (s) => selectedRows(s).some((r) => /^[+−!±~?•] /.test(r)));
    shown = plain(await press("Enter", (s) => s.includes("Evidence ·")));
    expect(shown).toContain("(Parley's translation)");
    expect(shown).toContain("Said by: ");
    expect(shown).toContain("Review: ");
    await press("y", (s) => s.includes("Copied the quote"));

    await press("Escape", (s) => s.includes("Issues"));
    await press("/", (s) => plain(s).split("\n")[1]?.startsWith("/ ") === true);
    shown = plain(
      await press("gencatan", (s) => /gencatan senjata/i.test(plain(s).split("\n").slice(2).join("\n"))),
    );
    expect(shown.toLowerCase()).toContain("gencatan senjata");

    await press("Escape", (s) => s.includes("Issues"));
    shown = plain(await press("?", (s) => s.includes("Help")));
    expect(shown).toContain("Switch English / Indonesian");

    shown = plain(await press("q", exited, "parley's exit"));
    expect(shown).toContain("PARLEY-EXIT 0");
    expect(shown).toContain("BEFORE-PARLEY");
    // What y copied, printed for terminals without OSC 52.
    expect(shown.replace(/\s+/g, " ")).toMatch(/Copied: “.+” — /);
    expect(shown).not.toContain("Issues");
    expect(pane("alternate_on")).toBe("0");
    expect(pane("cursor_flag")).toBe("1");
  });

  it("draws in colour by default, the selection in inverse video", async () => {
    open(120, 30, { env: TERM_256 });
    const shown = await waitFor((s) => s.includes("Issues"));
    expect(shown).toMatch(COLOUR);
    expect(selectedRows(shown).some((r) => r.includes(issueLabel(0)))).toBe(true);
  });

  it("under NO_COLOR draws no colour, and the selection is still visible", async () => {
    open(120, 30, { env: `${TERM_256} NO_COLOR=1` });
    let shown = await waitFor((s) => s.includes("Issues"));
    expect(shown).not.toMatch(COLOUR);
    expect(selectedRows(shown).some((r) => r.includes(issueLabel(0)))).toBe(true);
    shown = await press("j", (s) => selectedRows(s).some((r) => r.includes(issueLabel(1))));
    expect(shown).not.toMatch(COLOUR);
  });

  it("under TERM=dumb prints the comparison as plain text, without the full screen", async () => {
    open(100, 30, { env: "TERM=dumb" });
    await waitFor(exited, "parley's exit");
    // Printed below what was there before (scrolled into tmux's history), never on the alternate screen.
    const printed = tmux("capture-pane", "-e", "-p", "-S", "-", "-t", "tui");
    expect(printed).toMatch(/^BEFORE-PARLEY\n.+ · United States vs Russia\n/);
    expect(printed).toContain("PARLEY-EXIT 0");
    expect(printed).not.toMatch(SGR);
  });

  it("moves once per key when the keys arrive in one write (a held key, SSH)", async () => {
    open(120, 40, { env: TERM_256 });
    await waitFor((s) => s.includes("Issues"));
    writeOnce("jjjjj");
    await waitFor((s) => selectedRows(s).some((r) => r.includes(issueLabel(5))), "row 6 selected");
    writeOnce("\u001b[B".repeat(5));
    await waitFor((s) => selectedRows(s).some((r) => r.includes(issueLabel(10))), "row 11 selected");
    writeOnce("kk\u001b[A");
    await waitFor((s) => selectedRows(s).some((r) => r.includes(issueLabel(7))), "row 8 selected");
  });

  it("at 80x24: one header row, the columns, and ? help and q quit in the hint bar", async () => {
    open(80, 24, { env: TERM_256 });
    let shown = plain(await waitFor((s) => s.includes("Issues")));
    const rows = shown.trimEnd().split("\n");
    expect(rows.length).toBeLessThanOrEqual(24);
    expect(Math.max(...rows.map((r) => [...r].length))).toBeLessThanOrEqual(80);
    expect(rows[0]).toMatch(/^Parley .*EN$/);
    expect(rows[1]).toMatch(/^Issues/);
    expect(rows[1]).toMatch(/United States \(\d+\)/);
    expect(rows.at(-1)).toContain("? help");
    expect(rows.at(-1)).toContain("q quit");
    expect(shown).toContain("Said about it (");
    expect(shown).toMatch(/ [+−!±~?•] \S/);

    await press("?", (s) => s.includes("Keys"));
    // Page through the legend until the entry is in view.
    const entry = "a few of the speaker's words quoted inside";
    for (let page = 0; page < 20 && !plain(styled()).includes(entry); page++) {
      const before = styled();
      await press("PageDown", (s) => s !== before, "the next page");
    }
    shown = plain(styled());
    expect(shown).toMatch(/^partial quote +a few of the speaker's words quoted inside/m);
  });

  it("suspends on Ctrl+Z, giving the shell its screen, and draws again on fg", async () => {
    socket = `parley-test-${process.pid}-${++sessions}`;
    // A shell with job control, as a user has.
    const shell = `env -i PATH="${process.env.PATH}" TERM=xterm-256color HOME=/tmp PS1='PROMPT$ ' bash --norc --noprofile -i`;
    tmux("new-session", "-d", "-s", "tui", "-x", "100", "-y", "30", shell);
    await waitFor((s) => s.includes("PROMPT$"), "the prompt");
    await press([`node ${cli}`, "Enter"], (s) => s.includes("Issues"));
    await press("C-z", (s) => s.includes("Stopped"), "the shell's job notice");
    expect(pane("alternate_on")).toBe("0");
    expect(pane("cursor_flag")).toBe("1");
    let shown = plain(await press(["fg", "Enter"], (s) => s.includes("Issues")));
    expect(pane("alternate_on")).toBe("1");
    expect(pane("cursor_flag")).toBe("0");
    expect(shown).not.toContain("PROMPT$");
    // Still the same session: keys work, q ends it and the shell is back.
    await press("j", (s) => selectedRows(s).some((r) => r.includes(issueLabel(1))));
    shown = plain(await press("q", (s) => plain(s).trimEnd().endsWith("PROMPT$")));
    expect(pane("alternate_on")).toBe("0");
  });

  it.each([["TERM"], ["HUP"]])("restores the terminal on SIG%s", async (signal) => {
    open(100, 30, { env: TERM_256 });
    await waitFor((s) => s.includes("Issues"));
    expect(pane("alternate_on")).toBe("1");
    execFileSync("kill", [`-${signal}`, parleyPid()]);
    const shown = plain(await waitFor(exited, "parley's exit"));
    expect(pane("alternate_on")).toBe("0");
    expect(pane("cursor_flag")).toBe("1");
    expect(shown).toContain("BEFORE-PARLEY");
    expect(shown).not.toContain("Issues");
  });
});
