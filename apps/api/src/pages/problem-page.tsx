/** @jsxImportSource hono/jsx */
import type { z } from "@hono/zod-openapi";
import { nearest, summitIds } from "@parley/core";
import type { MiddlewareHandler } from "hono";
import { preferredMediaType } from "../http/negotiation.ts";
import type { Problem } from "../schemas.ts";
import { isLang, t } from "./i18n.ts";
import { Layout } from "./layout.tsx";
import { readingOf } from "./page.ts";
import { pageHref, pages, type Reading } from "./paths.ts";

/** A problem document as the API answers it (RFC 9457 and its extensions). */
type ProblemDocument = z.infer<typeof Problem>;

/** This request with `id` replaced by a suggestion, in the query parameter that held it or in the path. */
function withSuggestion(url: URL, problem: ProblemDocument, suggestion: string): string {
  const id = problem.id ?? "";
  if (problem.parameter !== undefined) {
    const next = new URLSearchParams(url.search);
    const values = next.getAll(problem.parameter).flatMap((value) => value.split(","));
    next.delete(problem.parameter);
    next.set(problem.parameter, values.map((value) => (value.trim() === id ? suggestion : value)).join(","));
    return `${url.pathname}?${next}`;
  }
  const segments = url.pathname.split("/");
  const at = segments.lastIndexOf(encodeURIComponent(id));
  if (at === -1) return pages.home;
  segments[at] = encodeURIComponent(suggestion);
  return `${segments.join("/")}${url.search}`;
}

/** The pages a mistyped path may have meant, for a 404 no id explains. */
function nearestPages(path: string): string[] {
  const known = summitIds().flatMap((id) => [
    pages.compare(id),
    pages.discrepancies(id),
    pages.timeline(id),
    pages.actors(id),
    pages.search(id),
  ]);
  return nearest(path, known, 3);
}

function ProblemPage({ problem, url, reading }: { problem: ProblemDocument; url: URL; reading: Reading }) {
  const lang = reading.lang;
  const suggested =
    problem.suggestions !== undefined && problem.id !== undefined
      ? problem.suggestions.map((s) => ({ href: withSuggestion(url, problem, s), label: s }))
      : problem.status === 404
        ? nearestPages(url.pathname).map((path) => ({ href: pageHref(reading, path), label: path }))
        : [];
  return (
    <Layout
      meta={{
        reading,
        summitId: summitIds()[0],
        title: problem.title,
        description: problem.detail,
        path: url.pathname,
      }}
    >
      <h1>{problem.title}</h1>
      <p class="lede">{problem.detail}</p>
      {problem.errors === undefined || problem.errors.length < 2 ? null : (
        <ul>
          {problem.errors.map((error) => (
            <li>
              <code>{error.parameter}</code>: {error.detail}
            </li>
          ))}
        </ul>
      )}
      {suggested.length === 0 ? null : (
        <section aria-labelledby="suggestions">
          <h2 id="suggestions">{t(lang, "didYouMean")}</h2>
          <ul>
            {suggested.map((s) => (
              <li>
                <a href={s.href}>{s.label}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <a href={pageHref(reading, pages.home)}>{t(lang, "startOver")}</a>
      </p>
      <p class="status">
        {`${t(lang, "status")} ${problem.status} · `}
        <a href={problem.type}>{problem.type}</a>
      </p>
    </Layout>
  );
}

/** A problem is a page only for a client that prefers HTML to a problem document: a browser. */
export const prefersProblemPage = (accept: string | undefined) =>
  preferredMediaType(accept, ["application/problem+json", "text/html"]) === "text/html";

/**
 * A problem as a page for a browser: the same status, title, detail and suggestions (as links)
 * as the problem document a program gets, whichever route or middleware answered it.
 */
export function problemPages(): MiddlewareHandler {
  return async function problemPages(c, next) {
    await next();
    if (
      !c.res.headers.get("content-type")?.startsWith("application/problem+json") ||
      !prefersProblemPage(c.req.header("Accept"))
    )
      return;
    const problem = (await c.res.clone().json()) as ProblemDocument;
    const lang = c.req.query("lang");
    const reading = readingOf(c, lang !== undefined && isLang(lang) ? lang : undefined);
    const url = new URL(c.req.url);
    // "//host/…" is a path to the app, but a link to another host: the page's links use one slash.
    url.pathname = url.pathname.replace(/^\/{2,}/, "/");
    const body = `<!doctype html>${<ProblemPage problem={problem} url={url} reading={reading} />}`;
    const headers = new Headers(c.res.headers);
    headers.set("content-type", "text/html; charset=utf-8");
    headers.set("content-language", reading.lang);
    headers.delete("content-length");
    const status = c.res.status;
    // Hono copies the old response's headers onto a new one unless the old one is cleared first.
    c.res = undefined;
    c.res = new Response(body, { status, headers });
  };
}
