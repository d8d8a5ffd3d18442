import type { z } from "@hono/zod-openapi";
import { type Actor, type Claim, type Localized, localize, type SummitModel } from "@parley/core";
import type { SummitGraph } from "../schemas.ts";

/** The English text (or its fallback) as the name, the other languages' as alternate names. */
const named = (text: Localized, others: readonly string[] = []) => {
  const name = localize(text, "en");
  const alternates = [...new Set([...Object.values(text), ...others])].filter((n) => n !== name);
  return { name, ...(alternates.length > 0 ? { alternateName: alternates } : {}) };
};
/** Parley's text in every language but English, language-tagged. */
const otherLanguages = (text: Localized) =>
  Object.entries(text)
    .filter(([language]) => language !== "en")
    .map(([language, value]) => ({ "@language": language, "@value": value }));

/**
 * The summit as a schema.org graph: the Event, every actor as a Person, Country or Organization,
 * each source as a NewsArticle, and each claim as a Claim whose `author` is its speakers and whose
 * `appearance` is the verbatim Quotation in its source. Node ids are paths under the API, relative
 * references that JSON-LD resolves against the document's own URL, so each resolves to the JSON
 * resource it stands for, and no request header (Host) ever reaches an answer every client shares.
 */
export function summitJsonLd(model: SummitModel): z.infer<typeof SummitGraph> {
  const { summit } = model;
  const base = `/v1/summits/${summit.id}`;
  const issueRef = (id: string) => ({ "@id": `${base}/issues#${id}` });
  const actorRef = (id: string) => ({ "@id": `${base}/actors/${id}` });
  const sourceRef = (id: string) => ({ "@id": `${base}/sources/${id}` });

  const node = (actor: Actor) => ({
    "@type":
      actor.kind === "person"
        ? ("Person" as const)
        : actor.kind === "state"
          ? ("Country" as const)
          : ("Organization" as const),
    "@id": actorRef(actor.id)["@id"],
    ...named(actor.name, actor.aliases),
    ...(actor.roles.length > 0 ? { jobTitle: actor.roles.map((r) => localize(r.role, "en")) } : {}),
  });

  // The speakers author a claim; narration, the journalist's own voice, has no author. A claim is
  // about the issues it takes a stance on and about its subjects (whose position or action it is).
  const claim = (c: Claim) => {
    const speakers = c.speakerIds.map(actorRef);
    const spoken = speakers.length === 0 ? {} : { spokenByCharacter: speakers };
    return {
      "@type": "Claim" as const,
      "@id": `${base}/claims#${c.id}`,
      text: localize(c.summary, "en"),
      abstract: otherLanguages(c.summary),
      ...(speakers.length === 0 ? {} : { author: speakers }),
      appearance: c.evidence.map((e) => ({
        "@type": "Quotation",
        text: { "@language": languageOf.get(e.source), "@value": e.quote.exact },
        isPartOf: sourceRef(e.source),
        ...spoken,
      })),
      about: [...c.stances.map((s) => issueRef(s.issueId)), ...c.subjectIds.map(actorRef)],
    };
  };

  const languageOf = new Map(model.sources().map((s) => [s.id, s.language]));
  const attendees = new Set(summit.delegations.flatMap((d) => [d.leaderId, ...d.memberIds]));
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "Event",
        "@id": base,
        ...named(summit.name),
        ...(summit.date ? { startDate: summit.date.value } : {}),
        eventAttendanceMode: { "@id": "https://schema.org/OfflineEventAttendanceMode" },
        ...(summit.venue || summit.place
          ? {
              location: {
                "@type": "Place",
                ...(summit.venue ? { name: localize(summit.venue.label, "en") } : {}),
                ...(summit.place ? { address: localize(summit.place.label, "en") } : {}),
              },
            }
          : {}),
        attendee: [...attendees].map(actorRef),
        about: summit.issueIds.map(issueRef),
      },
      // Every issue a claim or the event is about, described once.
      ...model.issues().map((issue) => ({
        "@type": "Thing" as const,
        ...issueRef(issue.id),
        ...named(issue.label),
      })),
      ...model.dataset.actors.map(node),
      ...model.sources().map((s) => ({
        "@type": "NewsArticle" as const,
        "@id": sourceRef(s.id)["@id"],
        headline: s.title,
        inLanguage: s.language,
        ...(s.outletId ? { publisher: actorRef(s.outletId) } : {}),
      })),
      ...model.dataset.claims.map(claim),
    ],
  };
}
