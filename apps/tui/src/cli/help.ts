import type { CommandName } from "./args.ts";

const COMMON = `  --lang en|id     labels and summaries in English (default) or Indonesian
  --json           print JSON instead of text
  --api <url>      read a deployed Parley API instead of the embedded data
  --summit <id>    the summit to read (default alaska-2025, the one bundled)
  --timeout <ms>   give up on the API after this long (default 5000)
  -h, --help       show this help
  -V, --version    print parley's version`;

const COMPARE_OPTIONS = `  --issue <id>     only this issue (repeat, or separate ids with commas)
  --sides <a,b>    the sides to put side by side (default the sides of the summit's
                   participants: united-states,russia)
  --actors <a,b>   two or more actors instead of sides, e.g. Lavrov,Rubio`;

export const MAIN_HELP = `parley: who said what at the Trump–Putin summit in Alaska (15 August 2025), side by side,
with the sentence that proves it.

Usage
  parley [options]              open the terminal UI (prints the comparison without a terminal)
  parley <command> [options]    print instead of drawing

Commands
  compare                each side's own positions per issue, then what others say about it
  issues                 the issue ids that --issue takes
  sources                the sources' numbers and ids, which source takes, and their outlets
  actors                 people, states and organisations, with their roles
  outcomes               what the summit did or did not produce
  discrepancies          where the sources disagree (contradiction or framing), each version
  timeline               dated events, stated or inferred
  search <query>         claims and source paragraphs (Indonesian word forms match)
  source <id>            one article, its notes and every quoted span (id or number, e.g. 003)
  mcp                    serve Parley to an AI assistant (MCP over stdio), offline

Options
${COMPARE_OPTIONS}
${COMMON}

Run parley <command> --help for a command's options.`;

const COMMAND_HELP: Record<CommandName, string> = {
  compare: `parley compare: the positions of two or more sides (or actors) on each issue, side by side.
Each side's own positions come first, with their stance on the issue; then what others or the
article's narration say about it, and analysts' readings. A side with no words of its own is a gap.

Usage
  parley compare [--issue <id>] [--sides <a,b> | --actors <a,b>] [options]

Examples
  parley compare --issue ceasefire
  parley compare --sides united-states,russia,ukraine
  parley compare --actors Lavrov,Rubio --lang id

Options
${COMPARE_OPTIONS}
${COMMON}`,
  issues: `parley issues: the issues the sides take positions on, each with the id --issue takes.

Usage
  parley issues [options]

Options
${COMMON}`,
  sources: `parley sources: the five articles, each with its number and id (parley source takes either),
its outlet where the text names one, and its title.

Usage
  parley sources [options]

Options
${COMMON}`,
  actors: `parley actors: the people, states and organisations in the sources, with their roles.

Usage
  parley actors [options]

Options
${COMMON}`,
  outcomes: `parley outcomes: what the summit did or did not produce, with its status in the sources.

Usage
  parley outcomes [options]

Options
${COMMON}`,
  discrepancies: `parley discrepancies: the questions on which the sources differ, each version with its sources.
A contradiction: the versions cannot both be true; a framing: they characterise the same thing differently.

Usage
  parley discrepancies [options]

Options
${COMMON}`,
  timeline: `parley timeline: the dated events the articles mention, earliest first ("before Aug 2021"
for a bound).

Usage
  parley timeline [options]

Options
${COMMON}`,
  search: `parley search: full-text search over claims and source paragraphs.
Indonesian word forms meet through their stems: "sepakat" finds "kesepakatan".

Usage
  parley search <query> [options]

Examples
  parley search gencatan senjata
  parley search sanctions --json

Options
${COMMON}`,
  source: `parley source: one article's full text, with its notes and every span the dataset quotes.

Usage
  parley source <id> [options]     id: the seed's name or its number, e.g. 003

Options
${COMMON}`,
  mcp: `parley mcp: Parley as an MCP server on stdin and stdout, for AI assistants (Claude Desktop, IDE
agents, any MCP client) to call. It answers from the embedded data, offline, read-only: tools to
list summits, issues and actors, compare positions, search, get a claim or a source, list
discrepancies and the timeline, each answer with its verbatim evidence and its source; each source
as a resource; and a fact_check prompt.

Usage
  parley mcp

Add it to a client as a command, e.g. in a client's mcpServers configuration:
  { "parley": { "command": "parley", "args": ["mcp"] } }

Options
  -h, --help       show this help`,
};

export const helpFor = (command: CommandName | undefined): string =>
  command ? COMMAND_HELP[command] : MAIN_HELP;
