import type { Dataset, Localized, Review } from "../schema/index.ts";

/**
 * A hedge of the Indonesian and what keeps it in each summary. `found` is matched against the
 * claim's quotes word by word; the English summary must match `en` and the Indonesian one `id`.
 */
interface Hedge {
  word: string;
  found: RegExp;
  en: RegExp;
  id: RegExp;
}

const word = (forms: string) => new RegExp(`(?<![\\p{L}])(?:${forms})(?![\\p{L}])`, "iu");

/** The hedges an editor must carry into both summaries (DATA.md, "Hedges"). */
export const HEDGES: readonly Hedge[] = [
  {
    word: "mungkin",
    found: word("mungkin"),
    en: word("may|might|possibl[ey]|perhaps|could"),
    id: word("mungkin|bisa jadi"),
  },
  {
    word: "kemungkinan",
    found: word("kemungkinan"),
    en: word("possib\\p{L}*|may|might|chance|prospect|likel\\p{L}*"),
    id: word("kemungkinan|mungkin"),
  },
  {
    word: "diklaim",
    found: word("diklaim|klaim|mengklaim"),
    en: word("claim\\p{L}*"),
    id: word("diklaim|klaim|mengklaim"),
  },
  {
    word: "dikabarkan",
    found: word("dikabarkan"),
    en: word("reported\\p{L}*|reportedly"),
    id: word("dikabarkan"),
  },
  {
    word: "tampak",
    found: word("tampak|tampaknya"),
    en: word("appear\\p{L}*|seem\\p{L}*|apparent\\p{L}*"),
    id: word("tampak|tampaknya"),
  },
  {
    word: "cenderung",
    found: word("cenderung"),
    en: word("tend\\p{L}*|inclin\\p{L}*|mostly|largely"),
    id: word("cenderung"),
  },
  {
    word: "mulai",
    found: word("mulai"),
    en: word("begin\\p{L}*|began|start\\p{L}*|increasingly"),
    id: word("mulai"),
  },
  {
    word: "menurut",
    found: word("menurut|menurutnya"),
    en: word("according|view|views|believes?|says?|said"),
    id: word("menurut|menurutnya"),
  },
  {
    word: "bisa jadi",
    found: word("bisa jadi"),
    en: word("may|might|could|possibl\\p{L}*|perhaps"),
    id: word("bisa jadi|mungkin"),
  },
  {
    word: "mengindikasikan",
    found: word("mengindikasikan"),
    en: word("indicat\\p{L}*|signal\\p{L}*|suggest\\p{L}*|hint\\p{L}*"),
    id: word("mengindikasikan|mengisyaratkan"),
  },
  {
    word: "dianggap",
    found: word("dianggap"),
    en: word("consider\\p{L}*|seen|regard\\p{L}*|deemed|viewed"),
    id: word("dianggap"),
  },
  {
    word: "dipandang",
    found: word("dipandang"),
    en: word("sees?|seen|view\\p{L}*|regard\\p{L}*|consider\\p{L}*"),
    id: word("dipandang|memandang|dianggap|menganggap"),
  },
  {
    word: "berpotensi",
    found: word("berpotensi|memiliki potensi"),
    en: word("potential\\p{L}*|could|may|might"),
    id: word("berpotensi|potensi"),
  },
  {
    word: "menandakan",
    found: word("menandakan"),
    en: word("indicat\\p{L}*|signal\\p{L}*|suggest\\p{L}*|sign"),
    id: word("menandakan|mengindikasikan|menunjukkan"),
  },
  {
    word: "diharapkan",
    found: word("diharapkan"),
    en: word("expect\\p{L}*|hope\\p{L}*"),
    id: word("diharapkan|harapan"),
  },
  { word: "kesan", found: word("kesan"), en: word("impression\\p{L}*"), id: word("kesan") },
  {
    word: "belum jelas",
    found: word("belum jelas|belum pasti"),
    en: word("unclear|uncertain|not (?:yet )?(?:clear|certain)"),
    id: word("belum jelas|belum pasti"),
  },
];

/** The hedges in a quote that a summary drops, one line each. */
export function lostHedges(quotes: readonly string[], summary: Localized): string[] {
  const text = quotes.join(" ");
  const lost: string[] = [];
  for (const hedge of HEDGES) {
    if (!hedge.found.test(text)) continue;
    // The lexicon knows English and Indonesian; a summary in another language is not checked.
    if (summary.en !== undefined && !hedge.en.test(summary.en))
      lost.push(`the quote hedges with "${hedge.word}"; the English summary does not`);
    if (summary.id !== undefined && !hedge.id.test(summary.id))
      lost.push(`the quote hedges with "${hedge.word}"; the Indonesian summary does not`);
  }
  return lost;
}

/**
 * The editor's checks the build enforces: every hedge of a claim's quotes is kept in both its
 * summaries, and every fact has been reviewed (a draft may be built locally with `allowDrafts`,
 * never published). Returns one line per problem, naming the fact.
 */
export function checkEditorial(dataset: Dataset, { allowDrafts = false } = {}): string[] {
  const problems: string[] = [];
  for (const claim of dataset.claims) {
    const quotes = claim.evidence.map((e) => e.quote.exact);
    for (const problem of lostHedges(quotes, claim.summary)) problems.push(`claim (${claim.id}): ${problem}`);
  }
  if (!allowDrafts) {
    const reviewed: [string, { id: string; review: Review }[]][] = [
      ["summit", [dataset.summit]],
      ["note", dataset.sources.flatMap((s) => s.notes)],
      ["actor", dataset.actors],
      ["issue", dataset.issues],
      ["claim", dataset.claims],
      ["outcome", dataset.outcomes],
      ["discrepancy", dataset.discrepancies],
      ["timeline", dataset.timeline],
    ];
    for (const [kind, items] of reviewed) {
      for (const { id, review } of items) {
        if (review.state !== "reviewed")
          problems.push(`${kind} (${id}): not reviewed (review.state is "${review.state}")`);
      }
    }
  }
  return problems;
}
