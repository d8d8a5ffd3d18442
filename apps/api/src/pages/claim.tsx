/** @jsxImportSource hono/jsx */
import { type Claim, paragraphOf, type SummitModel, sliceCodePoints } from "@parley/core";
import { pick, t, term } from "./i18n.ts";
import { Layout } from "./layout.tsx";
import {
  Byline,
  type EvidenceProps,
  NoteList,
  nameOf,
  namesOf,
  Ours,
  shortSource,
  sourceLanguage,
  spanAnchor,
  speakersOf,
} from "./parts.tsx";
import { jsonOf, pageHref, pages, type Reading } from "./paths.ts";

// encodeURIComponent leaves "-" alone, which a text directive reserves (WICG Scroll to Text Fragment).
const directivePart = (text: string) => encodeURIComponent(text).replace(/-/g, "%2D");

/**
 * A W3C text fragment that scrolls to and highlights the quote: the whole quote when short, else
 * its first and last words (`text=start,end`), which keeps the URL short enough to share.
 */
export function textFragment(exact: string): string {
  const words = exact.trim().split(/\s+/);
  if (words.length <= 8) return `:~:text=${directivePart(words.join(" "))}`;
  return `:~:text=${directivePart(words.slice(0, 4).join(" "))},${directivePart(words.slice(-4).join(" "))}`;
}

/** The paragraph the quote stands in, the quote marked. */
function InParagraph({ model, evidence, reading }: EvidenceProps) {
  const source = model.source(evidence.source).source;
  const { paragraph, quoteStart, quoteEnd } = paragraphOf(source.text, evidence);
  return (
    <figure class="in-paragraph">
      <blockquote lang={source.language}>
        <p>
          {sliceCodePoints(paragraph, 0, quoteStart)}
          <mark>{sliceCodePoints(paragraph, quoteStart, quoteEnd)}</mark>
          {sliceCodePoints(paragraph, quoteEnd, Number.POSITIVE_INFINITY)}
        </p>
      </blockquote>
      <figcaption>
        <a href={pageHref(reading, pages.source(model.summit.id, source.id), {}, spanAnchor(evidence))}>
          {`${t(reading.lang, "inSource")}: ${shortSource(source.id)} · `}
          <span lang={source.language}>{source.title}</span>
        </a>
      </figcaption>
    </figure>
  );
}

/** One claim: the verbatim sentence in its paragraph, who says it about whom, and how to cite it. */
export function ClaimPage({ model, claim, reading }: { model: SummitModel; claim: Claim; reading: Reading }) {
  const lang = reading.lang;
  const summitId = model.summit.id;
  const [first] = claim.evidence;
  const speakers = speakersOf(model, claim, lang);
  const summary = pick(claim.summary, lang);
  const quote = first?.quote.exact ?? "";
  const source = first === undefined ? undefined : model.source(first.source).source;
  const path = pages.claim(summitId, claim.id);
  const citedAt =
    first === undefined ? path : `${pages.source(summitId, first.source)}#${textFragment(first.quote.exact)}`;
  const citation = [
    `“${quote}”`,
    `— ${speakers}${claim.cue === null ? "" : ` (${claim.cue})`}`,
    source === undefined
      ? ""
      : `${source.title}${source.outletId === undefined ? "" : `, ${nameOf(model, source.outletId, lang)}`}.`,
    `Parley: ${citedAt}`,
  ]
    .filter((part) => part !== "")
    .join(" ");
  const notes = model.notesFor(claim.evidence);
  const row = (label: Parameters<typeof t>[1], value: unknown) => (
    <div>
      <dt>{t(lang, label)}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <Layout
      meta={{
        reading,
        summitId,
        title: `${speakers}: ${summary}`,
        description: `“${quote}”${source === undefined ? "" : ` — ${source.title}`}`,
        path,
        json: jsonOf(path),
        ogType: "article",
      }}
    >
      <article class="claim-page">
        <h1>
          <span class="kicker">{`${t(lang, "claim")} · ${term(lang, "kind", claim.kind)}`}</span> {speakers}
        </h1>
        <Byline model={model} claim={claim} lang={lang} />
        <section aria-labelledby="quote">
          <h2 id="quote">{t(lang, "quote")}</h2>
          {claim.evidence.map((evidence) => (
            <InParagraph model={model} evidence={evidence} reading={reading} />
          ))}
          <Ours text={summary} lang={lang} />
          {claim.inference === undefined ? null : (
            <Ours text={pick(claim.inference, lang)} lang={lang} label="ourNote" />
          )}
        </section>
        <section aria-labelledby="facts">
          <h2 id="facts">{t(lang, "claim")}</h2>
          <dl class="facts">
            {row(
              "speaker",
              claim.speakerIds.length > 0 ? namesOf(model, claim.speakerIds, lang) : t(lang, "noSpeaker"),
            )}
            {row(
              "subject",
              claim.subjectIds.length > 0 ? namesOf(model, claim.subjectIds, lang) : t(lang, "noSubject"),
            )}
            {row(
              "reporter",
              claim.reporterId === null ? t(lang, "noReporter") : nameOf(model, claim.reporterId, lang),
            )}
            {row("attribution", term(lang, "attribution", claim.attribution))}
            {row(
              "cue",
              claim.cue === null ? (
                "—"
              ) : (
                <q lang={first === undefined ? lang : sourceLanguage(model, first.source)}>{claim.cue}</q>
              ),
            )}
            {row("occasion", claim.occasion === null ? "—" : term(lang, "occasion", claim.occasion))}
            {row(
              "stances",
              <ul>
                {claim.stances.map(({ issueId, stance }) => (
                  <li>
                    <span class={`stance stance-${stance}`}>{term(lang, "stance", stance)}</span>{" "}
                    <a href={pageHref(reading, pages.compare(summitId), { issues: [issueId] })}>
                      {pick(model.issue(issueId).label, lang)}
                    </a>
                  </li>
                ))}
              </ul>,
            )}
            {row(
              "review",
              `${term(lang, "review", claim.review.state)} · ${claim.review.by} · ${claim.review.on}`,
            )}
          </dl>
        </section>
        {notes.length === 0 ? null : (
          <section aria-labelledby="notes">
            <h2 id="notes">{t(lang, "sourceNotes")}</h2>
            <NoteList model={model} notes={notes} reading={reading} />
          </section>
        )}
        <section aria-labelledby="cite">
          <h2 id="cite">{t(lang, "cite")}</h2>
          <p>{t(lang, "citeHow")}</p>
          <p class="citation" lang={first === undefined ? lang : sourceLanguage(model, first.source)}>
            {citation}
          </p>
          <p>
            <a href={citedAt}>{t(lang, "inSource")}</a>
          </p>
        </section>
      </article>
    </Layout>
  );
}
