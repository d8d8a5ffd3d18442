import { codePointLength } from "../grounding/codepoints.ts";
import type { SearchHit, SnippetFragment } from "../schema/results.ts";
import type { SummitModel } from "../summit-model.ts";
import { termsOf, words } from "./languages.ts";
import {
  buildTermIndex,
  loadTermIndex,
  saveTermIndex,
  scoreDocuments,
  type TermIndex,
} from "./term-index.ts";

/** How many hits `search` returns, and of which kinds. */
export interface SearchOptions {
  /** At most this many hits (default 20, at most 200). */
  limit?: number;
  /** Only hits of these kinds (default both). */
  kinds?: readonly SearchHit["kind"][];
}

type Doc = {
  kind: "claim" | "source";
  ref: string;
  field: SearchHit["field"];
  text: string;
  /** The text's language, lower-case primary subtag: one index per language. */
  language: string;
  /**
   * Each word of the text with its index terms, and the set of all of them: what the index holds
   * for it, and the marks in its snippet. Stemmed once, when the index is built or the document is
   * first shown, so a cold start that loads a stored index stems nothing it does not show.
   */
  stemmed?: { words: { start: number; end: number; terms: string[] }[]; terms: Set<string> };
  /** For a source paragraph, where it stands in the source (code points). */
  start: number;
  end: number;
};

interface SearchIndex {
  terms: TermIndex;
  /** The documents, by their number in the term index. */
  docs: readonly Doc[];
}

const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 200;
const MAX_QUERY_LENGTH = 500;
const indexes = new WeakMap<SummitModel, SearchIndex>();

const languages = new Map<string, string>();
/** The primary subtag of a language tag, lower-case: one index per language. */
const languageOf = (tag: string) => {
  let language = languages.get(tag);
  if (language === undefined) {
    language = tag.toLowerCase().split("-")[0] ?? tag;
    languages.set(tag, language);
  }
  return language;
};

/**
 * The documents of a summit: each claim's quote (in its source's language) and its summaries
 * (one per language they are written in), and each source paragraph.
 */
function documentsOf(model: SummitModel): Doc[] {
  const docs: Doc[] = [];
  const add = (doc: Doc) => docs.push(doc);
  const sourceLanguage = new Map(model.dataset.sources.map((s) => [s.id, languageOf(s.language)]));
  for (const claim of model.dataset.claims) {
    const ref = claim.id;
    const quote = claim.evidence.map((e) => e.quote.exact).join(" … ");
    const quoteLanguage = sourceLanguage.get(claim.evidence[0]?.source ?? "") ?? "und";
    add({ kind: "claim", ref, field: "quote", text: quote, language: quoteLanguage, start: 0, end: 0 });
    for (const [tag, text] of Object.entries(claim.summary)) {
      add({ kind: "claim", ref, field: "summary", text, language: languageOf(tag), start: 0, end: 0 });
    }
  }
  for (const source of model.dataset.sources) {
    let offset = 0;
    for (const line of source.text.split("\n")) {
      const length = codePointLength(line);
      if (line.trim() !== "") {
        const paragraph = { start: offset, end: offset + length };
        add({
          kind: "source",
          ref: source.id,
          field: "source",
          text: line,
          language: languageOf(source.language),
          ...paragraph,
        });
      }
      offset += length + 1;
    }
  }
  return docs;
}

function buildIndex(model: SummitModel): SearchIndex {
  const docs = documentsOf(model);
  return {
    terms: buildTermIndex(docs.map((doc) => ({ language: doc.language, terms: stemmedOf(doc).terms }))),
    docs,
  };
}

/**
 * The model's search index as JSON text, to store: the build stores a bundled summit's, and the
 * model reads it back (`SummitModelOptions.searchIndex`) on its first search instead of tokenizing
 * and stemming every text again.
 */
export function saveSearchIndex(model: SummitModel): string {
  return saveTermIndex(indexOf(model).terms);
}

/**
 * A stored index, for the same dataset. The documents are derived again (cheap: no stemming),
 * in the same order, so that their numbers match the stored index's.
 */
function loadIndex(model: SummitModel, json: string): SearchIndex {
  const docs = documentsOf(model);
  return {
    terms: loadTermIndex(
      json,
      docs.map((doc) => doc.language),
    ),
    docs,
  };
}

function indexOf(model: SummitModel): SearchIndex {
  let index = indexes.get(model);
  if (!index) {
    const saved = model.options.searchIndex;
    index = saved ? loadIndex(model, saved()) : buildIndex(model);
    indexes.set(model, index);
  }
  return index;
}

function stemmedOf(doc: Doc): NonNullable<Doc["stemmed"]> {
  if (!doc.stemmed) {
    const terms = termsOf(doc.language);
    const textWords = words(doc.text).map(({ word, start, end }) => ({ start, end, terms: terms(word) }));
    doc.stemmed = { words: textWords, terms: new Set(textWords.flatMap((w) => w.terms)) };
  }
  return doc.stemmed;
}

/** Cuts a snippet around the first matching word, marking each word whose terms meet the query's. */
function snippetOf(doc: Doc, queryTerms: ReadonlySet<string>): SnippetFragment[] {
  const { text } = doc;
  const marks = stemmedOf(doc).words.filter((w) => w.terms.some((t) => queryTerms.has(t)));
  const first = marks[0]?.start ?? 0;
  let from = Math.max(0, first - SNIPPET_BEFORE);
  if (from > 0) from = text.lastIndexOf(" ", from) + 1;
  let to = Math.min(text.length, from + SNIPPET_LENGTH);
  if (to < text.length) to = Math.max(text.lastIndexOf(" ", to), first + 1);
  const snippet: SnippetFragment[] = [];
  const push = (piece: string, match: boolean) => {
    if (piece === "") return;
    const last = snippet[snippet.length - 1];
    if (last && last.match === match) last.text += piece;
    else snippet.push({ text: piece, match });
  };
  if (from > 0) push("…", false);
  let at = from;
  for (const m of marks) {
    if (m.start < from || m.end > to) continue;
    push(text.slice(at, m.start), false);
    push(text.slice(m.start, m.end), true);
    at = m.end;
  }
  push(text.slice(at, to), false);
  if (to < text.length) push("…", false);
  return snippet;
}

/**
 * Full-text search over claims (quotes and summaries) and source paragraphs, each text in its
 * own language's index: stemmed where Orama has a stemmer for it, word for word otherwise.
 * Indonesian word forms meet through their stems ("sepakat" finds "kesepakatan",
 * "damai" finds "perdamaian"). Hits that match more of the query's words rank first, then by
 * BM25 score; a claim appears once, with its quote as the snippet when the quote matches as well
 * as its summaries do. Snippets are cut only for the hits returned.
 */
export function search(model: SummitModel, query: string, options: SearchOptions = {}): SearchHit[] {
  const limit = Math.max(1, Math.min(200, Math.trunc(options.limit ?? 20) || 20));
  const kinds = options.kinds ?? ["claim", "source"];
  const term = query.slice(0, MAX_QUERY_LENGTH);
  const queryWords = words(term).map((w) => w.word);
  if (queryWords.length === 0) return [];

  const index = indexOf(model);
  // Each query word's terms, per language: to find and count a hit's matched words and mark its
  // snippet.
  const perWordIn = new Map([...index.terms.languages.keys()].map((l) => [l, queryWords.map(termsOf(l))]));
  const best = new Map<string, { doc: Doc; score: number; matchedWords: number }>();
  for (const [language, perWord] of perWordIn) {
    for (const { doc: number, score, matchedWords } of scoreDocuments(index.terms, language, perWord)) {
      const doc = index.docs[number];
      if (!doc || !kinds.includes(doc.kind)) continue;
      const key = doc.kind === "claim" ? `claim:${doc.ref}` : `source:${doc.ref}:${doc.start}`;
      const previous = best.get(key);
      if (previous && previous.matchedWords > matchedWords) continue;
      if (previous && previous.matchedWords === matchedWords) {
        // A claim ranks by its best field's score, but shows the verbatim quote whenever the quote
        // matches as many words as a summary does: the quote is what proves it.
        if (doc.field === "quote") previous.doc = doc;
        previous.score = Math.max(previous.score, score);
        continue;
      }
      best.set(key, { doc, score, matchedWords });
    }
  }
  return [...best.values()]
    .sort((a, b) => b.matchedWords - a.matchedWords || b.score - a.score)
    .slice(0, limit)
    .map(({ doc, score, matchedWords }) => ({
      kind: doc.kind,
      id: doc.ref,
      score,
      matchedWords,
      field: doc.field,
      language: doc.language,
      snippet: snippetOf(doc, new Set(perWordIn.get(doc.language)?.flat())),
      ...(doc.kind === "claim"
        ? { claim: model.claim(doc.ref) }
        : { paragraph: { start: doc.start, end: doc.end } }),
    }));
}
