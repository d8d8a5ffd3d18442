import type { AuthoredTimelineEvent } from "../../schema/authored.ts";
import { s000 } from "../quote.ts";

export const timeline: AuthoredTimelineEvent[] = [
  {
    id: "summit-in-anchorage",
    label: { en: "Trump and Putin meet in Anchorage", id: "Trump dan Putin bertemu di Anchorage" },
    date: "2025-08-15",
    precision: "day",
    basis: "stated",
    actorIds: ["donald-trump", "vladimir-putin"],
    evidence: [s000("Pada 15 Agustus 2025")],
  },
];
