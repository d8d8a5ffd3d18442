/** @jsxImportSource hono/jsx */
import type { SummitModel } from "@parley/core";
import { pick, t } from "./i18n.ts";
import { Layout } from "./layout.tsx";
import { nameOf, Verbatim } from "./parts.tsx";
import { jsonOf, pages, type Reading } from "./paths.ts";

/** Every actor: names as written, roles with their evidence, and how many claims it asserts, is the subject of, or relays. */
export function ActorsPage({ model, reading }: { model: SummitModel; reading: Reading }) {
  const lang = reading.lang;
  const summitId = model.summit.id;
  const path = pages.actors(summitId);
  const actors = model.actors();
  const claims = model.claims();
  return (
    <Layout
      meta={{
        reading,
        summitId,
        title: t(lang, "actors"),
        description:
          lang === "en"
            ? `${actors.length} people, states and organisations the articles name, with their roles and evidence.`
            : `${actors.length} orang, negara, dan organisasi yang disebut artikel, dengan peran dan buktinya.`,
        path,
        json: jsonOf(path),
      }}
    >
      <h1>{t(lang, "actors")}</h1>
      {actors.map((actor) => {
        const side = model.sideOf(actor.id);
        const counts = [
          [t(lang, "claimsAsSpeaker"), claims.filter((c) => c.speakerIds.includes(actor.id)).length],
          [t(lang, "claimsAsSubject"), claims.filter((c) => c.subjectIds.includes(actor.id)).length],
          [t(lang, "claimsAsReporter"), claims.filter((c) => c.reporterId === actor.id).length],
        ] as const;
        return (
          <article class="actor" id={actor.id}>
            <h2>{pick(actor.name, lang)}</h2>
            <dl class="facts">
              <div>
                <dt>{t(lang, "side")}</dt>
                <dd>{side === null ? "—" : nameOf(model, side, lang)}</dd>
              </div>
              <div>
                <dt>{t(lang, "writtenAs")}</dt>
                <dd lang="id">{actor.aliases.join(" · ")}</dd>
              </div>
              <div>
                <dt>{t(lang, "claimsCount")}</dt>
                <dd>{counts.map(([label, n]) => `${label} ${n}`).join(" · ")}</dd>
              </div>
            </dl>
            <h3>{t(lang, "roles")}</h3>
            {actor.roles.length === 0 ? (
              <p>{t(lang, "noRoles")}</p>
            ) : (
              <ul class="roles">
                {actor.roles.map((role) => (
                  <li>
                    <p>
                      {pick(role.role, lang)}
                      {role.onBehalfOfId === undefined ? "" : ` (${nameOf(model, role.onBehalfOfId, lang)})`}
                    </p>
                    {role.evidence.map((evidence) => (
                      <Verbatim model={model} evidence={evidence} reading={reading} />
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </article>
        );
      })}
    </Layout>
  );
}
