import type { AuthoredOutcome } from "../../schema/authored.ts";
import { s000 } from "../quote.ts";

export const outcomes: AuthoredOutcome[] = [
  {
    id: "no-formal-agreement",
    label: { en: "No formal agreement", id: "Tidak ada kesepakatan resmi" },
    status: "not-agreed",
    issueIds: ["ukraine-war"],
    evidence: [s000("mereka tidak mencapai kesepakatan resmi", 1)],
  },
];
