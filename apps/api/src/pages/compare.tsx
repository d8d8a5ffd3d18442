/** @jsxImportSource hono/jsx */
import { CELL_GROUPS, type CompareOptions, type Comparison, STANCES, type SummitModel } from "@parley/core";
import { GROUP_MEANINGS, type Label, pick, STANCE_MEANINGS, t, term } from "./i18n.ts";
import { Layout } from "./layout.tsx";
import { ClaimEntry } from "./parts.tsx";
import { jsonOf, pageHref, pages, type Reading, withQuery } from "./paths.ts";

const GROUP_LABELS: Record<(typeof CELL_GROUPS)[number], Label> = {
  own: "own",
  hearsay: "hearsay",
  analysis: "analysis",
};

function Legend({ reading }: { reading: Reading }) {
  const lang = reading.lang;
  return (
    <section class="legend" aria-labelledby="legend">
      <h2 id="legend">{t(lang, "legend")}</h2>
      <dl>
        {CELL_GROUPS.map((group) => (
          <div>
            <dt>{t(lang, GROUP_LABELS[group])}</dt>
            <dd>{GROUP_MEANINGS[group][lang]}</dd>
          </div>
        ))}
        <div>
          <dt class="gap">{t(lang, "gap")}</dt>
          <dd>{GROUP_MEANINGS.gap[lang]}</dd>
        </div>
        {STANCES.map((stance) => (
          <div>
            <dt>
              <span class={`stance stance-${stance}`}>{term(lang, "stance", stance)}</span>
            </dt>
            <dd>{STANCE_MEANINGS[stance][lang]}</dd>
          </div>
        ))}
        <div>
          <dt>
            <span class="tag">{t(lang, "ourTranslation")}</span>
          </dt>
          <dd>
            {lang === "en"
              ? "Parley's own summary; the quoted words above it are the source's, verbatim."
              : "Ringkasan Parley sendiri; kata-kata yang dikutip di atasnya milik sumber, apa adanya."}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** What the compare page and its picker are drawn from. */
interface CompareProps {
  model: SummitModel;
  comparison: Comparison;
  query: CompareOptions;
  reading: Reading;
}

/** Pick sides or two actors and the issues, with a plain GET form: no script needed. */
function Picker({ model, comparison, query, reading }: CompareProps) {
  const lang = reading.lang;
  const action = pages.compare(model.summit.id);
  const chosenIssues = new Set(comparison.rows.map((row) => row.issue.id));
  const columns = comparison.columns.map((c) => c.id);
  const persons = model.actors({ kind: "person" });
  const actorPair =
    comparison.by === "actor"
      ? columns
      : model.summit.participantIds.filter((id) => persons.some((p) => p.id === id));
  const language = reading.explicit ? <input type="hidden" name="lang" value={lang} /> : null;
  const issueBoxes = (
    <fieldset class="issues">
      <legend>{t(lang, "issues")}</legend>
      {model.issues().map((issue) => (
        <label>
          <input
            type="checkbox"
            name="issues"
            value={issue.id}
            checked={query.issues === undefined || chosenIssues.has(issue.id)}
          />{" "}
          {pick(issue.label, lang)}
        </label>
      ))}
    </fieldset>
  );
  return (
    <details class="pickers">
      <summary>{t(lang, "choose")}</summary>
      <div>
        <form method="get" action={action} class="picker">
          <fieldset>
            <legend>{t(lang, "sides")}</legend>
            {model.sides().map((side) => (
              <label>
                <input
                  type="checkbox"
                  name="sides"
                  value={side.id}
                  checked={comparison.by === "side" && columns.includes(side.id)}
                />{" "}
                {pick(side.name, lang)}
              </label>
            ))}
          </fieldset>
          {issueBoxes}
          {language}
          <button type="submit">{t(lang, "show")}</button>
        </form>
        <form method="get" action={action} class="picker">
          <fieldset>
            <legend>{t(lang, "twoActors")}</legend>
            {[0, 1].map((n) => (
              <label>
                {`${t(lang, "actor")} ${n + 1} `}
                <select name="actors">
                  {persons.map((person) => (
                    <option value={person.id} selected={actorPair[n] === person.id}>
                      {pick(person.name, lang)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
          {query.issues === undefined
            ? null
            : [...chosenIssues].map((id) => <input type="hidden" name="issues" value={id} />)}
          {language}
          <button type="submit">{t(lang, "show")}</button>
        </form>
      </div>
    </details>
  );
}

/** Issues as rows, sides or actors as columns; in each cell own positions first, then hearsay, then analysis. */
export function ComparePage({ model, comparison, query, reading }: CompareProps) {
  const lang = reading.lang;
  const summitId = model.summit.id;
  const names = comparison.columns.map((column) => pick(column.name, lang));
  const title = `${t(lang, "compare")}: ${names.join(" – ")}`;
  const params = { issues: query.issues, sides: query.sides, actors: query.actors };
  const path = pages.compare(summitId);
  const withIssue = (issueId?: string) =>
    pageHref(reading, path, { ...params, issues: issueId === undefined ? undefined : [issueId] });
  const description =
    lang === "en"
      ? `The positions of ${names.join(" and ")} on ${comparison.rows.length} issues of ${pick(model.summit.name, lang)}, each with the sentence that proves it.`
      : `Posisi ${names.join(" dan ")} tentang ${comparison.rows.length} isu ${pick(model.summit.name, lang)}, masing-masing dengan kalimat yang membuktikannya.`;
  return (
    <Layout
      meta={{ reading, summitId, title, description, path, params, json: jsonOf(withQuery(path, params)) }}
    >
      <h1>{title}</h1>
      <p class="lede">{description}</p>
      <Picker model={model} comparison={comparison} query={query} reading={reading} />
      <Legend reading={reading} />
      <section aria-labelledby="table">
        <h2 id="table">
          {`${t(lang, "issues")} × ${comparison.by === "side" ? t(lang, "sides") : t(lang, "actors")}`}
        </h2>
        {query.issues === undefined ? null : (
          <p>
            <a href={withIssue()}>{t(lang, "allIssues")}</a>
          </p>
        )}
        <table class="compare">
          <thead>
            <tr>
              <th scope="col">{t(lang, "issue")}</th>
              {names.map((name) => (
                <th scope="col">{name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((row) => (
              <tr id={`issue-${row.issue.id}`}>
                <th scope="row">
                  <a href={withIssue(row.issue.id)}>{pick(row.issue.label, lang)}</a>
                  {/* Where the sources disagree on the issue, the row says so: never a silent choice. */}
                  {model.discrepancies({ issue: row.issue.id }).map((discrepancy) => (
                    <p class="disagree">
                      <span class="tag">{term(lang, "discrepancy", discrepancy.kind)}</span>{" "}
                      <a href={pageHref(reading, pages.discrepancies(summitId), {}, discrepancy.id)}>
                        {pick(discrepancy.question, lang)}
                      </a>
                    </p>
                  ))}
                </th>
                {row.cells.map((cell, index) => (
                  <td>
                    <p class="column-name">{names[index]}</p>
                    {cell.gap ? <p class="gap">{t(lang, "gap")}</p> : null}
                    {CELL_GROUPS.filter((group) => cell[group].length > 0).map((group) => (
                      <div class={`group group-${group}`}>
                        <h3>{t(lang, GROUP_LABELS[group])}</h3>
                        <ul>
                          {cell[group].map((placed) => (
                            <ClaimEntry
                              model={model}
                              claim={placed.claim}
                              stance={placed.stance}
                              reading={reading}
                            />
                          ))}
                        </ul>
                      </div>
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Layout>
  );
}
