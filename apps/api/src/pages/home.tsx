/** @jsxImportSource hono/jsx */
import type { SummitModel } from "@parley/core";
import { type Label, pick, t, term } from "./i18n.ts";
import { Layout } from "./layout.tsx";
import { nameOf, shortSource, Verbatim } from "./parts.tsx";
import { pageHref, pages, type Reading } from "./paths.ts";

/** The reader's start: what Parley is, where to go, the sources and the outcomes with their evidence. */
export function HomePage({ model, reading }: { model: SummitModel; reading: Reading }) {
  const lang = reading.lang;
  const summitId = model.summit.id;
  const entries: [string, Label][] = [
    [pages.compare(summitId), "compare"],
    [pages.discrepancies(summitId), "discrepancies"],
    [pages.timeline(summitId), "timeline"],
    [pages.actors(summitId), "actors"],
    [pages.search(summitId), "search"],
  ];
  return (
    <Layout
      meta={{
        reading,
        summitId,
        title: pick(model.summit.name, lang),
        description: t(lang, "tagline"),
        path: pages.home,
        json: "/",
      }}
    >
      <h1>{pick(model.summit.name, lang)}</h1>
      <p class="lede">{t(lang, "tagline")}</p>
      <ul class="start">
        {entries.map(([path, label]) => (
          <li>
            <a href={pageHref(reading, path)}>{t(lang, label)}</a>
          </li>
        ))}
      </ul>
      <section aria-labelledby="sources">
        <h2 id="sources">{t(lang, "sources")}</h2>
        <ul class="sources">
          {model.sources().map((source) => (
            <li>
              <a href={pageHref(reading, pages.source(summitId, source.id))}>
                {`${shortSource(source.id)}: `}
                <span lang={source.language}>{source.title}</span>
              </a>
              {source.outletId === undefined ? "" : ` · ${nameOf(model, source.outletId, lang)}`}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="issues">
        <h2 id="issues">{t(lang, "issues")}</h2>
        <ul class="issue-list">
          {model.issues().map((issue) => (
            <li>
              <a href={pageHref(reading, pages.compare(summitId), { issues: [issue.id] })}>
                {pick(issue.label, lang)}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="outcomes">
        <h2 id="outcomes">{t(lang, "outcomes")}</h2>
        <ul class="outcomes">
          {model.outcomes().map((outcome) => (
            <li id={`outcome-${outcome.id}`}>
              <p>
                <strong>{term(lang, "status", outcome.status)}</strong>
                {outcome.claimedById === undefined ? "" : ` (${nameOf(model, outcome.claimedById, lang)})`}
                {": "}
                {pick(outcome.label, lang)}
              </p>
              {outcome.evidence.map((evidence) => (
                <Verbatim model={model} evidence={evidence} reading={reading} />
              ))}
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
