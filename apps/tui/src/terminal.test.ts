import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// The real thing: the built CLI in a real terminal (tmux, private socket, fixed size).
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const socket = `parley-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync("tmux", ["-L", socket, ...args], { encoding: "utf8" });
const screen = () => tmux("capture-pane", "-p", "-t", "tui");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(test: (screen: string) => boolean): Promise<string> {
  let last = "";
  for (let waited = 0; waited < 5000; waited += 50) {
    last = screen();
    if (test(last)) return last;
    await sleep(50);
  }
  return last;
}

async function keys(...names: string[]) {
  for (const name of names) {
    tmux("send-keys", "-t", "tui", name);
    await sleep(60);
  }
}

/** A tmux session of the given size running `command`, in which the tests type and look. */
const open = (width: number, height: number, command: string) =>
  tmux("new-session", "-d", "-s", "tui", "-x", String(width), "-y", String(height), command);

afterAll(() => {
  try {
    tmux("kill-server");
  } catch {
    // Already gone: the session ended with the test.
  }
});

describe("parley in a real terminal", () => {
  it("draws, navigates, opens evidence, searches, quits and restores the terminal", async () => {
    expect(existsSync(cli)).toBe(true);
    open(100, 30, `sh -c 'echo BEFORE-PARLEY; node ${cli}; echo "PARLEY-EXIT $?"; sleep 30'`);
    let shown = await waitFor((s) => s.includes("Issues"));
    expect(shown).toContain("United States (");
    expect(shown).not.toContain("BEFORE-PARLEY");

    await keys("Tab", "Enter");
    shown = await waitFor((s) => s.includes("Evidence ·"));
    expect(shown).toContain("(Parley's translation)");
    expect(shown).toContain("Said by: ");
    expect(shown).toContain("Review: ");
    expect(shown).toMatch(/\[00\d/);

    await keys("Escape", "/");
    await keys(..."gencatan".split(""));
    shown = await waitFor((s) => /gencatan/i.test(s.split("\n").slice(2).join("\n")));
    expect(shown.toLowerCase()).toContain("gencatan senjata");

    await keys("Escape", "?");
    shown = await waitFor((s) => s.includes("Help"));
    expect(shown).toContain("Switch English / Indonesian");

    await keys("q");
    shown = await waitFor((s) => s.includes("PARLEY-EXIT"));
    expect(shown).toContain("BEFORE-PARLEY");
    expect(shown).toContain("PARLEY-EXIT 0");
    expect(shown).not.toContain("Issues");
  });

  it("at 80x24 in a user's terminal: own positions under the side, hearsay labelled, a legend in help", async () => {
    tmux("kill-server");
    // A terminal outside CI, with no CI variables.
    open(80, 24, `env -i PATH="${process.env.PATH}" TERM=xterm-256color node ${cli}; sleep 30`);
    let shown = await waitFor((s) => s.includes("Issues"));
    expect(shown).toMatch(/United States \(\d+\)/);
    const rows = shown.trimEnd().split("\n");
    expect(rows.length).toBeLessThanOrEqual(24);
    expect(Math.max(...rows.map((r) => [...r].length))).toBeLessThanOrEqual(80);
    // The first issue's US column has own positions, then what others say about the US.
    expect(shown).toContain("Said about it (");
    expect(shown).toMatch(/ [+−!±~?•] \S/);

    await keys("?");
    shown = await waitFor((s) => s.includes("Keys"));
    await keys(...Array.from({ length: 30 }, () => "j"));
    shown = await waitFor((s) => s.includes("partial quote"));
    expect(shown).toContain("a few of the speaker's words quoted inside");
    await keys("q");
  });
});
