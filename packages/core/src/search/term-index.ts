/**
 * The index behind `search`: for each language, which documents hold each index term, and how
 * many distinct terms each document has. Scored with BM25 as Orama scores (k 1.2, b 0.75, d 0.5).
 *
 * Parley first used Orama's own index, stored with Orama's `save` and read back with `load`. That
 * was most of the core's cold start: the stored index was 560 KB of JSON (Orama's radix tree and a
 * frequency table per document), and parsing and loading it cost more than importing and modelling
 * the summit together. Search needs far less: a document's terms each count once (the tokenizer
 * emits a set), so a term's postings are just document numbers, and they are stored as text and
 * decoded only for the terms a query asks for.
 */

/** One language's documents and terms. */
interface LanguageIndex {
  /** Each term's postings: document numbers, ascending, as stored or once decoded. */
  postings: Map<string, string | readonly number[]>;
  /** How many documents are in this language, and their mean number of distinct terms. */
  documents: number;
  averageLength: number;
}

export interface TermIndex {
  /** Each document's number of distinct terms, by document number. */
  lengths: readonly number[];
  languages: Map<string, LanguageIndex>;
}

/** A document as the index sees it: its number is its place in the list given. */
export interface IndexedDocument {
  language: string;
  terms: ReadonlySet<string>;
}

const FORMAT = "parley-search-index/1";

interface Stored {
  format: typeof FORMAT;
  lengths: number[];
  /** Per language: its terms, space-separated, and their postings in the same order. */
  languages: Record<string, { terms: string; postings: string }>;
}

function withCounts(
  lengths: readonly number[],
  documentLanguages: readonly string[],
  postings: Map<string, Map<string, string | readonly number[]>>,
): TermIndex {
  const totals = new Map<string, { documents: number; terms: number }>();
  documentLanguages.forEach((language, i) => {
    const total = totals.get(language) ?? { documents: 0, terms: 0 };
    total.documents++;
    total.terms += lengths[i] ?? 0;
    totals.set(language, total);
  });
  const languages = new Map<string, LanguageIndex>();
  for (const [language, terms] of postings) {
    const { documents = 0, terms: all = 0 } = totals.get(language) ?? {};
    languages.set(language, { postings: terms, documents, averageLength: documents ? all / documents : 0 });
  }
  return { lengths, languages };
}

/** Indexes documents whose terms are known. */
export function buildTermIndex(documents: readonly IndexedDocument[]): TermIndex {
  const postings = new Map<string, Map<string, number[]>>();
  documents.forEach(({ language, terms }, doc) => {
    let byTerm = postings.get(language);
    if (!byTerm) {
      byTerm = new Map();
      postings.set(language, byTerm);
    }
    for (const term of terms) {
      const list = byTerm.get(term);
      if (list) list.push(doc);
      else byTerm.set(term, [doc]);
    }
  });
  return withCounts(
    documents.map((d) => d.terms.size),
    documents.map((d) => d.language),
    postings,
  );
}

const decode = (stored: string): number[] => {
  let doc = 0;
  return stored.split(",").map((gap) => (doc += Number.parseInt(gap, 36)));
};
const encode = (docs: readonly number[]): string =>
  docs.map((doc, i) => (doc - (i === 0 ? 0 : (docs[i - 1] ?? 0))).toString(36)).join(",");

function postingsOf(language: LanguageIndex, term: string): readonly number[] {
  const list = language.postings.get(term);
  if (typeof list !== "string") return list ?? [];
  const decoded = decode(list);
  language.postings.set(term, decoded);
  return decoded;
}

/** The index as JSON text, to store beside the dataset it was built from. */
export function saveTermIndex(index: TermIndex): string {
  const languages: Stored["languages"] = {};
  for (const [name, language] of index.languages) {
    const terms = [...language.postings.keys()].sort();
    languages[name] = {
      terms: terms.join(" "),
      postings: terms.map((term) => encode(postingsOf(language, term))).join(" "),
    };
  }
  return JSON.stringify({ format: FORMAT, lengths: [...index.lengths], languages } satisfies Stored);
}

/**
 * A stored index, for documents in these languages (in document order). Throws if it was stored
 * in another format or for another list of documents: its hits would point at the wrong texts.
 */
export function loadTermIndex(json: string, documentLanguages: readonly string[]): TermIndex {
  const stored = JSON.parse(json) as Partial<Stored>;
  if (stored.format !== FORMAT || !Array.isArray(stored.lengths) || typeof stored.languages !== "object") {
    throw new Error(`This search index is not a ${FORMAT} index; store it again with saveSearchIndex.`);
  }
  if (stored.lengths.length !== documentLanguages.length) {
    throw new Error(
      `This search index was stored for ${stored.lengths.length} documents, but the dataset has ${documentLanguages.length}; store it again with saveSearchIndex.`,
    );
  }
  const postings = new Map<string, Map<string, string>>();
  for (const [language, { terms, postings: lists }] of Object.entries(stored.languages ?? {})) {
    const termList = terms.split(" ");
    const listOf = lists.split(" ");
    postings.set(language, new Map(termList.map((term, i) => [term, listOf[i] ?? ""])));
  }
  return withCounts(stored.lengths, documentLanguages, postings);
}

// Orama's BM25 parameters, so that ranking did not change when its index was replaced.
const K = 1.2;
const B = 0.75;
const D = 0.5;

/** A document's score and how many of the query's words it holds (a term of each). */
export interface Scored {
  doc: number;
  score: number;
  matchedWords: number;
}

/**
 * The documents of one language that hold a term of any query word (each word given as its
 * terms), scored by BM25 summed over the distinct query terms they hold.
 */
export function scoreDocuments(
  index: TermIndex,
  language: string,
  queryWords: readonly (readonly string[])[],
): Scored[] {
  const languageIndex = index.languages.get(language);
  if (!languageIndex) return [];
  const { documents, averageLength } = languageIndex;
  const scored = new Map<number, Scored>();
  const seenTerms = new Set<string>();
  for (const terms of queryWords) {
    const matched = new Set<number>();
    for (const term of terms) {
      const docs = postingsOf(languageIndex, term);
      const idf = Math.log(1 + (documents - docs.length + 0.5) / (docs.length + 0.5));
      const counted = seenTerms.has(term);
      seenTerms.add(term);
      for (const doc of docs) {
        let entry = scored.get(doc);
        if (!entry) {
          entry = { doc, score: 0, matchedWords: 0 };
          scored.set(doc, entry);
        }
        if (!matched.has(doc)) {
          matched.add(doc);
          entry.matchedWords++;
        }
        if (counted) continue;
        // Each term counts once in a document: its frequency is one over the document's length.
        const length = index.lengths[doc] ?? 1;
        const tf = 1 / length;
        entry.score += (idf * (D + tf * (K + 1))) / (tf + K * (1 - B + (B * length) / averageLength));
      }
    }
  }
  return [...scored.values()];
}
