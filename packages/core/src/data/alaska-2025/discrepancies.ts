import type { AuthoredDiscrepancy } from "../../schema/authored.ts";
import { s000, s001 } from "../quote.ts";

export const discrepancies: AuthoredDiscrepancy[] = [
  {
    id: "meeting-duration",
    question: { en: "How long did the meeting last?", id: "Berapa lama pertemuan berlangsung?" },
    issueIds: [],
    variants: [
      {
        label: { en: "Almost three hours", id: "Hampir tiga jam" },
        evidence: [s000("Pertemuan Trump-Putin berlangsung hampir tiga jam.")],
      },
      {
        label: { en: "More than three hours", id: "Lebih dari tiga jam" },
        evidence: [s001("berlangsung lebih dari tiga jam")],
      },
    ],
  },
];
