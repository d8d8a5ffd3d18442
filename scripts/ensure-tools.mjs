// Makes sure the system tools a command needs are on PATH (tmux for the terminal tests, chromium
// for the core's browser consumer test, wrk and hyperfine for the benchmarks). As root on Debian
// it installs what is missing with apt-get; elsewhere it says what to install and fails, rather
// than letting a test fail obscurely later. Each tool is a command of the same name as its
// Debian package (`chromium` installs /usr/bin/chromium).
import { execFileSync, spawnSync } from "node:child_process";

const tools = process.argv.slice(2);
const has = (tool) => spawnSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" }).status === 0;
const missing = tools.filter((tool) => !has(tool));
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && has("apt-get")) {
  console.error(`Installing ${missing.join(", ")} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", ...missing], { stdio: "inherit", env });
  const still = missing.filter((tool) => !has(tool));
  if (still.length === 0) process.exit(0);
  console.error(`apt-get did not provide: ${still.join(", ")}`);
  process.exit(1);
}
console.error(
  `Missing tools: ${missing.join(", ")}. Install them (Debian/Ubuntu: sudo apt-get install ${missing.join(" ")}; macOS: brew install ${missing.join(" ")}) and run the command again.`,
);
process.exit(1);
