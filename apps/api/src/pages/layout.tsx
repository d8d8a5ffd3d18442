/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";
import { LANGS, type Lang, t } from "./i18n.ts";
import { pageHref, pages, type Reading, withQuery } from "./paths.ts";

/** What every page says about itself: for its head, its navigation and its language links. */
export interface PageMeta {
  reading: Reading;
  /** The summit whose pages the navigation links (none on a problem without one). */
  summitId?: string;
  title: string;
  /** One or two sentences: the description and the preview of a shared link. */
  description: string;
  /** The page's own path and the parameters that make it this page (without `lang`). */
  path: string;
  params?: Record<string, string | readonly string[] | undefined>;
  /** The JSON resource the page shows. */
  json?: string;
  /** Open Graph type: a claim is an article, the rest are pages of a site. */
  ogType?: "article" | "website";
}

const LANGUAGE_NAMES: Record<Lang, string> = { en: "English", id: "Bahasa Indonesia" };
const OG_LOCALES: Record<Lang, string> = { en: "en_US", id: "id_ID" };
export const STYLESHEET = "/assets/reader.css";

function Navigation({ reading, summitId }: { reading: Reading; summitId: string }) {
  const entries = [
    [pages.compare(summitId), t(reading.lang, "compare")],
    [pages.discrepancies(summitId), t(reading.lang, "discrepancies")],
    [pages.timeline(summitId), t(reading.lang, "timeline")],
    [pages.actors(summitId), t(reading.lang, "actors")],
    [pages.search(summitId), t(reading.lang, "search")],
  ] as const;
  return (
    <nav aria-label={t(reading.lang, "explore")}>
      <ul>
        {entries.map(([path, label]) => (
          <li>
            <a href={pageHref(reading, path)}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The page around its content: head with alternates and previews, navigation, language links. */
export function Layout({ meta, children }: { meta: PageMeta; children: Child }) {
  const { reading, path, params = {} } = meta;
  const lang = reading.lang;
  const inLanguage = (other: Lang) => withQuery(path, { ...params, lang: other });
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{`${meta.title} · Parley`}</title>
        <meta name="description" content={meta.description} />
        <link rel="stylesheet" href={STYLESHEET} />
        {meta.json === undefined ? null : <link rel="alternate" type="application/json" href={meta.json} />}
        {LANGS.map((other) => (
          <link rel="alternate" hreflang={other} href={inLanguage(other)} />
        ))}
        <link rel="alternate" hreflang="x-default" href={withQuery(path, params)} />
        <meta property="og:site_name" content="Parley" />
        <meta property="og:type" content={meta.ogType ?? "website"} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:locale" content={OG_LOCALES[lang]} />
        {LANGS.filter((other) => other !== lang).map((other) => (
          <meta property="og:locale:alternate" content={OG_LOCALES[other]} />
        ))}
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={meta.title} />
        <meta name="twitter:description" content={meta.description} />
      </head>
      <body>
        <a class="skip" href="#main">
          {t(lang, "skip")}
        </a>
        <header class="site">
          <a class="brand" href={pageHref(reading, pages.home)}>
            Parley
          </a>
          {meta.summitId === undefined ? null : <Navigation reading={reading} summitId={meta.summitId} />}
          <nav class="languages" aria-label={t(lang, "language")}>
            <ul>
              {LANGS.map((other) => (
                <li>
                  <a
                    href={inLanguage(other)}
                    hreflang={other}
                    lang={other}
                    aria-current={other === lang ? "true" : undefined}
                  >
                    {LANGUAGE_NAMES[other]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer class="site">
          {meta.json === undefined ? null : (
            <a href={meta.json} type="application/json">
              {t(lang, "json")}
            </a>
          )}
          <a href="/docs">API</a>
        </footer>
      </body>
    </html>
  );
}
