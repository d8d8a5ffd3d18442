/** @jsxImportSource hono/jsx */
import type { SearchHit, SummitModel } from "@parley/core";
import { pick, t } from "./i18n.ts";
import { Layout } from "./layout.tsx";
import { shortSource, speakersOf } from "./parts.tsx";
import { jsonOf, pageHref, pages, type Reading, withQuery } from "./paths.ts";

function Snippet({ hit }: { hit: SearchHit }) {
  return (
    <p class="snippet" lang={hit.language}>
      {hit.snippet.map((fragment) => (fragment.match ? <mark>{fragment.text}</mark> : fragment.text))}
    </p>
  );
}

/** A GET form and its hits: claims by their quote or Parley's summary, and source paragraphs. */
export function SearchPage({
  model,
  q,
  hits,
  reading,
}: {
  model: SummitModel;
  q: string;
  hits: readonly SearchHit[];
  reading: Reading;
}) {
  const lang = reading.lang;
  const summitId = model.summit.id;
  const path = pages.search(summitId);
  const title = q === "" ? t(lang, "search") : `${t(lang, "search")}: ${q}`;
  return (
    <Layout
      meta={{
        reading,
        summitId,
        title,
        description: t(lang, "searchHow"),
        path,
        params: { q },
        json: q === "" ? undefined : jsonOf(withQuery(path, { q })),
      }}
    >
      <h1>{t(lang, "search")}</h1>
      <search>
        <form method="get" action={path} class="search">
          <label for="q">{t(lang, "query")}</label>
          <input id="q" type="search" name="q" value={q} maxlength={200} />
          {reading.explicit ? <input type="hidden" name="lang" value={lang} /> : null}
          <button type="submit">{t(lang, "search")}</button>
        </form>
      </search>
      <p>{t(lang, "searchHow")}</p>
      {q === "" ? null : (
        <section aria-labelledby="hits">
          <h2 id="hits">
            {hits.length === 0 ? t(lang, "noResults") : `${hits.length} ${t(lang, "results")}`}
          </h2>
          <ol class="hits">
            {hits.map((hit) => {
              if (hit.kind === "claim" && hit.claim !== undefined) {
                return (
                  <li>
                    <a href={pageHref(reading, pages.claim(summitId, hit.id))}>
                      {`${speakersOf(model, hit.claim, lang)}: ${pick(hit.claim.summary, lang)}`}
                    </a>
                    <p class="where">{t(lang, hit.field === "summary" ? "inSummary" : "inQuote")}</p>
                    <Snippet hit={hit} />
                  </li>
                );
              }
              const source = model.source(hit.id).source;
              return (
                <li>
                  <a
                    href={pageHref(
                      reading,
                      pages.source(summitId, hit.id),
                      {},
                      `p-${hit.paragraph?.start ?? 0}`,
                    )}
                  >
                    {`${t(lang, "source")} ${shortSource(hit.id)}: `}
                    <span lang={source.language}>{source.title}</span>
                  </a>
                  <p class="where">{`${t(lang, "inParagraph")} ${shortSource(hit.id)}`}</p>
                  <Snippet hit={hit} />
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </Layout>
  );
}
