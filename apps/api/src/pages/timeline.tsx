/** @jsxImportSource hono/jsx */
import type { SummitModel, TimelineEvent } from "@parley/core";
import { type Lang, pick, t, term } from "./i18n.ts";
import { Layout } from "./layout.tsx";
import { namesOf, Ours, Verbatim } from "./parts.tsx";
import { jsonOf, pages, type Reading } from "./paths.ts";

const MONTHS: Record<Lang, readonly string[]> = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  id: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
};

/** A date only as precise as the sources give it: "15 Aug 2025", "Aug 2021", "2019", "1990s". */
export function dateLabel(event: Pick<TimelineEvent, "date" | "precision">, lang: Lang): string {
  const [year = "", month, day] = event.date.split("-");
  const monthName = month === undefined ? "" : (MONTHS[lang][Number(month) - 1] ?? month);
  if (event.precision === "decade") return lang === "en" ? `${year}s` : `${year}-an`;
  if (event.precision === "year" || month === undefined) return year;
  if (event.precision === "month" || day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** Dated events in order, each date with its precision, and stated apart from inferred (with how). */
export function TimelinePage({ model, reading }: { model: SummitModel; reading: Reading }) {
  const lang = reading.lang;
  const summitId = model.summit.id;
  const path = pages.timeline(summitId);
  const events = model.timeline();
  return (
    <Layout
      meta={{
        reading,
        summitId,
        title: t(lang, "timeline"),
        description:
          lang === "en"
            ? `${events.length} dated events the articles mention, stated dates apart from those Parley infers.`
            : `${events.length} peristiwa bertanggal yang disebut artikel, tanggal tertulis terpisah dari yang disimpulkan Parley.`,
        path,
        json: jsonOf(path),
      }}
    >
      <h1>{t(lang, "timeline")}</h1>
      <ol class="timeline">
        {events.map((event) => (
          <li id={event.id} class={`basis-${event.basis}`}>
            <h2>
              <time datetime={event.date}>
                {event.relation === "on"
                  ? dateLabel(event, lang)
                  : `${term(lang, "relation", event.relation)} ${dateLabel(event, lang)}`}
              </time>
            </h2>
            <p class="dating">
              {`${t(lang, "precision")}: ${term(lang, "precision", event.precision)} · ${t(lang, "basis")}: `}
              <strong>{term(lang, "basis", event.basis)}</strong>
            </p>
            <Ours text={pick(event.label, lang)} lang={lang} />
            {event.inference === undefined ? null : (
              <Ours text={pick(event.inference, lang)} lang={lang} label="ourNote" />
            )}
            {event.actorIds.length === 0 ? null : (
              <p>{`${t(lang, "actors")}: ${namesOf(model, event.actorIds, lang)}`}</p>
            )}
            {event.evidence.map((evidence) => (
              <Verbatim model={model} evidence={evidence} reading={reading} />
            ))}
          </li>
        ))}
      </ol>
    </Layout>
  );
}
