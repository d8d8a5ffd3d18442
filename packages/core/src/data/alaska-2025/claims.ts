import type { AuthoredClaim } from "../../schema/authored.ts";
import { s000 } from "../quote.ts";

export const claims: AuthoredClaim[] = [
  {
    id: "trump-stresses-peace-and-nato",
    kind: "position",
    holderId: "donald-trump",
    reporterId: null,
    attribution: "reported-speech",
    cue: "menekankan",
    issueIds: ["ukraine-war"],
    stance: "supports",
    summary: {
      en: "Trump stressed the importance of peace and the need for NATO's involvement.",
      id: "Trump menekankan pentingnya perdamaian dan keterlibatan NATO.",
    },
    evidence: [s000("Trump menekankan pentingnya perdamaian dan perlunya keterlibatan NATO.")],
  },
];
