/** @jsxImportSource hono/jsx */
import { codePointLength, type SourceView, type Span, type SummitModel } from "@parley/core";
import { pick, t, term } from "./i18n.ts";
import { Layout } from "./layout.tsx";
import { NoteList, nameOf, shortSource, speakersOf } from "./parts.tsx";
import { jsonOf, pageHref, pages, type Reading } from "./paths.ts";

/**
 * A line the article sets as a heading: short, without the punctuation that ends a sentence or
 * introduces a list, and not a "Baca juga" (read also) teaser. The seeds are plain text, so
 * this is how their headings are told from their paragraphs.
 */
export function isHeading(line: string): boolean {
  const text = line.trim();
  return (
    text.length > 0 && text.length <= 90 && !/[.!?…:;,"”’)]$/.test(text) && !/^(baca juga|[•\-–])/i.test(text)
  );
}

/** Where a span's fact is shown, and how it is named there, in a line or two. */
function factLink(model: SummitModel, span: Span, reading: Reading): { href: string; label: string } {
  const { href, label } = factPlace(model, span, reading);
  return { href, label: label.length > 120 ? `${label.slice(0, 119)}…` : label };
}

function factPlace(model: SummitModel, span: Span, reading: Reading): { href: string; label: string } {
  const lang = reading.lang;
  const summitId = model.summit.id;
  switch (span.kind) {
    case "claim": {
      const claim = model.claim(span.id);
      return {
        href: pageHref(reading, pages.claim(summitId, span.id)),
        label: `${speakersOf(model, claim, lang)}: ${pick(claim.summary, lang)}`,
      };
    }
    case "role":
      return {
        href: pageHref(reading, pages.actors(summitId), {}, span.id),
        label: nameOf(model, span.id, lang),
      };
    case "issue":
      return {
        href: pageHref(reading, pages.compare(summitId), { issues: [span.id] }),
        label: pick(model.issue(span.id).label, lang),
      };
    case "outcome":
      return {
        href: pageHref(reading, pages.home, {}, `outcome-${span.id}`),
        label: pick(model.outcome(span.id).label, lang),
      };
    case "discrepancy":
      return {
        href: pageHref(reading, pages.discrepancies(summitId), {}, span.id),
        label: pick(model.discrepancy(span.id).question, lang),
      };
    case "event": {
      const event = model.timeline().find((e) => e.id === span.id);
      return {
        href: pageHref(reading, pages.timeline(summitId), {}, span.id),
        label: event === undefined ? span.id : pick(event.label, lang),
      };
    }
    case "note": {
      const note = model
        .sources()
        .flatMap((source) => source.notes)
        .find((n) => n.id === span.id);
      return { href: `#note-${span.id}`, label: note === undefined ? span.id : pick(note.label, lang) };
    }
    case "summit":
      return { href: pageHref(reading, pages.home), label: pick(model.summit.name, lang) };
  }
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/** The text's lines with their code point offsets (W3C selectors count code points). */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    const end = start + codePointLength(line);
    lines.push({ start, end, text: line });
    start = end + 1;
  }
  return lines;
}

/** A line cut where spans start and end, each piece marked when a span covers it. */
function Marked({ line, spans }: { line: Line; spans: readonly Span[] }) {
  const chars = Array.from(line.text);
  const cuts = new Set([line.start, line.end]);
  for (const span of spans) {
    cuts.add(Math.max(span.start, line.start));
    cuts.add(Math.min(span.end, line.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const starts = new Set(spans.map((s) => s.start));
  return (
    <>
      {points.slice(0, -1).map((from, i) => {
        const to = points[i + 1] ?? line.end;
        const text = chars.slice(from - line.start, to - line.start).join("");
        const covered = spans.some((s) => s.start <= from && s.end >= to);
        return covered ? <mark id={starts.has(from) ? `at-${from}` : undefined}>{text}</mark> : text;
      })}
    </>
  );
}

/** The spans a line holds, each linked to the fact that quotes it. */
function QuotedHere({
  model,
  spans,
  reading,
}: {
  model: SummitModel;
  spans: readonly Span[];
  reading: Reading;
}) {
  const lang = reading.lang;
  return (
    <ul class="quoted-here" lang={lang}>
      {spans.map((span) => {
        const { href, label } = factLink(model, span, reading);
        return (
          <li>
            <a href={`#at-${span.start}`} class="span-ref">
              {term(lang, "fact", span.kind)}
            </a>{" "}
            <a href={href}>{label}</a>
          </li>
        );
      })}
    </ul>
  );
}

/** The article as written, headings and paragraphs, every quoted span marked and linked to its facts. */
export function SourcePage({
  model,
  view,
  reading,
}: {
  model: SummitModel;
  view: SourceView;
  reading: Reading;
}) {
  const { source, spans } = view;
  const lang = reading.lang;
  const summitId = model.summit.id;
  const path = pages.source(summitId, source.id);
  const outlet = source.outletId === undefined ? undefined : nameOf(model, source.outletId, lang);
  const unique = spans.filter(
    (span, i) =>
      spans.findIndex(
        (o) => o.start === span.start && o.end === span.end && o.kind === span.kind && o.id === span.id,
      ) === i,
  );
  return (
    <Layout
      meta={{
        reading,
        summitId,
        title: `${t(lang, "source")} ${shortSource(source.id)}: ${source.title}`,
        description: `${source.title}${outlet === undefined ? "" : ` (${outlet})`}: ${unique.length} ${lang === "en" ? "quoted spans" : "kutipan"}.`,
        path,
        json: jsonOf(path),
      }}
    >
      <h1>
        <span class="kicker">{`${t(lang, "source")} ${shortSource(source.id)}${outlet === undefined ? "" : ` · ${outlet}`}`}</span>{" "}
        <span lang={source.language}>{source.title}</span>
      </h1>
      <p class="lede">{t(lang, "spansHow")}</p>
      {source.notes.length === 0 ? null : (
        <section aria-labelledby="notes">
          <h2 id="notes">{t(lang, "sourceNotes")}</h2>
          <NoteList model={model} notes={source.notes} reading={reading} />
        </section>
      )}
      <article class="source-text" lang={source.language} aria-label={source.title}>
        {linesOf(source.text)
          .filter((line) => line.text.trim() !== "")
          .map((line) => {
            const here = unique.filter((s) => s.start < line.end && s.end > line.start);
            // Each fact once under its line, linked to where its first span here starts.
            const facts = here.filter(
              (s, i) => here.findIndex((o) => o.kind === s.kind && o.id === s.id) === i,
            );
            const content = <Marked line={line} spans={here} />;
            return (
              <div class="passage">
                {isHeading(line.text) ? (
                  <h2 id={`p-${line.start}`}>{content}</h2>
                ) : (
                  <p id={`p-${line.start}`}>{content}</p>
                )}
                {facts.length === 0 ? null : <QuotedHere model={model} spans={facts} reading={reading} />}
              </div>
            );
          })}
      </article>
    </Layout>
  );
}
