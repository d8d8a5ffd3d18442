import type { z } from "@hono/zod-openapi";
import type { Actor, Claim, SummitModel } from "@parley/core";
import type { SummitGraph } from "../schemas.ts";

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
    name: actor.name.en,
    alternateName: [...new Set([actor.name.id, ...actor.aliases])].filter((name) => name !== actor.name.en),
    ...(actor.roles.length > 0 ? { jobTitle: actor.roles.map((r) => r.role.en) } : {}),
  });

  // The speakers author a claim; narration, the journalist's own voice, has no author. A claim is
  // about the issues it takes a stance on and about its subjects (whose position or action it is).
  const claim = (c: Claim) => {
    const speakers = c.speakerIds.map(actorRef);
    const spoken = speakers.length === 0 ? {} : { spokenByCharacter: speakers };
    return {
      "@type": "Claim" as const,
      "@id": `${base}/claims#${c.id}`,
      text: c.summary.en,
      abstract: { "@language": "id", "@value": c.summary.id },
      ...(speakers.length === 0 ? {} : { author: speakers }),
      appearance: c.evidence.map((e) => ({
        "@type": "Quotation",
        text: { "@language": "id", "@value": e.quote.exact },
        isPartOf: sourceRef(e.source),
        ...spoken,
      })),
      about: [...c.stances.map((s) => issueRef(s.issueId)), ...c.subjectIds.map(actorRef)],
    };
  };

  const attendees = new Set(summit.delegations.flatMap((d) => [d.leaderId, ...d.memberIds]));
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "Event",
        "@id": base,
        name: summit.name.en,
        alternateName: summit.name.id,
        startDate: summit.date.value,
        eventAttendanceMode: { "@id": "https://schema.org/OfflineEventAttendanceMode" },
        location: {
          "@type": "Place",
          name: summit.venue.label.en,
          address: summit.place.label.en,
        },
        attendee: [...attendees].map(actorRef),
        about: summit.issueIds.map(issueRef),
      },
      // Every issue a claim or the event is about, described once.
      ...model.issues().map((issue) => ({
        "@type": "Thing" as const,
        ...issueRef(issue.id),
        name: issue.label.en,
        alternateName: issue.label.id,
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
