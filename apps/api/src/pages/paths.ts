import type { Lang } from "./i18n.ts";

/**
 * Where the reader's pages are. A page mirrors its JSON resource without the `/v1` prefix
 * (`/summits/alaska-2025/compare` shows `/v1/summits/alaska-2025/compare`), so the two name each
 * other by a rule rather than a table kept by hand.
 */

/** The page's language as the reader holds it: chosen by `?lang=` (kept in every link) or by Accept-Language. */
export interface Reading {
  lang: Lang;
  /** True when `?lang=` chose the language: links keep it, so the reader stays in it. */
  explicit: boolean;
}

type Params = Record<string, string | readonly string[] | undefined>;

/** A URL with its query, leaving out empty parameters; lists are comma-separated, as the API reads them. */
export function withQuery(path: string, params: Params = {}, fragment?: string): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    const text = typeof value === "string" ? value : value?.join(",");
    if (text !== undefined && text !== "") query.set(name, text);
  }
  const search = query.toString();
  return `${path}${search === "" ? "" : `?${search}`}${fragment === undefined ? "" : `#${fragment}`}`;
}

/** A link to a page, in the reader's language when the reader chose it. */
export function pageHref(reading: Reading, path: string, params: Params = {}, fragment?: string): string {
  return withQuery(path, reading.explicit ? { ...params, lang: reading.lang } : params, fragment);
}

const summitPath = (summitId: string) => `/summits/${encodeURIComponent(summitId)}`;
const segment = encodeURIComponent;

export const pages = {
  home: "/",
  compare: (summitId: string) => `${summitPath(summitId)}/compare`,
  claim: (summitId: string, claimId: string) => `${summitPath(summitId)}/claims/${segment(claimId)}`,
  source: (summitId: string, sourceId: string) => `${summitPath(summitId)}/sources/${segment(sourceId)}`,
  discrepancies: (summitId: string) => `${summitPath(summitId)}/discrepancies`,
  timeline: (summitId: string) => `${summitPath(summitId)}/timeline`,
  actors: (summitId: string) => `${summitPath(summitId)}/actors`,
  search: (summitId: string) => `${summitPath(summitId)}/search`,
};

/** The JSON resource a page shows: its path under `/v1`. */
export const jsonOf = (pagePath: string) => (pagePath === "/" ? "/" : `/v1${pagePath}`);

/** The query parameters a page and its JSON resource share, by page. */
const SHARED: Record<string, readonly string[]> = { compare: ["issues", "sides", "actors"], search: ["q"] };

const PAGE_OF_JSON =
  /^\/v1\/summits\/([^/]+)\/(compare|discrepancies|timeline|actors|search|claims\/[^/]+|sources\/[^/]+)$/;
const ACTOR_JSON = /^\/v1\/summits\/([^/]+)\/actors\/([^/]+)$/;

/**
 * The page that shows a JSON resource, for its `Link: <…>; rel="alternate"; type="text/html"`;
 * undefined for resources no page shows. The query keeps what the page reads.
 */
export function pageOfJson(path: string, query: URLSearchParams): string | undefined {
  if (path === "/" || path === "/v1/summits" || /^\/v1\/summits\/[^/.]+$/.test(path)) return "/";
  const actor = ACTOR_JSON.exec(path);
  if (actor) return `/summits/${actor[1]}/actors#${actor[2]}`;
  const match = PAGE_OF_JSON.exec(path);
  if (!match) return undefined;
  const kind = match[2] ?? "";
  const shared: Params = {};
  for (const name of SHARED[kind] ?? []) shared[name] = query.getAll(name).join(",");
  return withQuery(path.slice("/v1".length), shared);
}
