import type { AuthoredIssue } from "../../schema/authored.ts";
import { s000 } from "../quote.ts";

export const issues: AuthoredIssue[] = [
  {
    id: "ukraine-war",
    label: { en: "The war in Ukraine", id: "Konflik Rusia-Ukraina" },
    status: "discussed",
    evidence: [s000("membahas konflik Rusia-Ukraina")],
  },
  {
    id: "ceasefire",
    label: { en: "A ceasefire", id: "Gencatan senjata" },
    status: "discussed",
    evidence: [s000("Mereka membahas potensi gencatan senjata atau langkah diplomatik lain.")],
  },
];
