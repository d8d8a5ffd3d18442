/** @jsxImportSource hono/jsx */
import { DISCREPANCY_KINDS, type Discrepancy, type SummitModel } from "@parley/core";
import { type Label, pick, t } from "./i18n.ts";
import { Layout } from "./layout.tsx";
import { Ours, Verbatim } from "./parts.tsx";
import { jsonOf, pageHref, pages, type Reading } from "./paths.ts";

const SECTIONS: Record<Discrepancy["kind"], { title: Label; how: Label }> = {
  contradiction: { title: "contradictions", how: "contradictionsHow" },
  framing: { title: "framing", how: "framingHow" },
};

/** Where the sources disagree: contradictions and framing apart, each version with its sources. */
export function DiscrepanciesPage({ model, reading }: { model: SummitModel; reading: Reading }) {
  const lang = reading.lang;
  const summitId = model.summit.id;
  const path = pages.discrepancies(summitId);
  const all = model.discrepancies();
  return (
    <Layout
      meta={{
        reading,
        summitId,
        title: t(lang, "discrepancies"),
        description:
          lang === "en"
            ? `${all.length} questions on which the sources disagree, contradictions and framing apart.`
            : `${all.length} pertanyaan yang sumber-sumbernya berbeda, kontradiksi dan pembingkaian terpisah.`,
        path,
        json: jsonOf(path),
      }}
    >
      <h1>{t(lang, "discrepancies")}</h1>
      {DISCREPANCY_KINDS.map((kind) => {
        const found = all.filter((d) => d.kind === kind);
        return (
          <section aria-labelledby={kind}>
            <h2 id={kind}>{`${t(lang, SECTIONS[kind].title)} (${found.length})`}</h2>
            <p>{t(lang, SECTIONS[kind].how)}</p>
            {found.map((discrepancy) => (
              <article class="discrepancy" id={discrepancy.id}>
                <h3>{pick(discrepancy.question, lang)}</h3>
                {discrepancy.issueIds.length === 0 ? null : (
                  <p>
                    {`${t(lang, "issues")}: `}
                    {discrepancy.issueIds.map((issueId, i) => (
                      <>
                        {i > 0 ? ", " : ""}
                        <a href={pageHref(reading, pages.compare(summitId), { issues: [issueId] })}>
                          {pick(model.issue(issueId).label, lang)}
                        </a>
                      </>
                    ))}
                  </p>
                )}
                <ol class="variants">
                  {discrepancy.variants.map((variant) => (
                    <li>
                      <Ours text={pick(variant.label, lang)} lang={lang} label="ourNote" />
                      {variant.evidence.map((evidence) => (
                        <Verbatim model={model} evidence={evidence} reading={reading} />
                      ))}
                    </li>
                  ))}
                </ol>
              </article>
            ))}
          </section>
        );
      })}
    </Layout>
  );
}
