import type { AuthoredSummit } from "../../schema/authored.ts";
import { s000, s001, s003 } from "../quote.ts";

export const summit: AuthoredSummit = {
  id: "alaska-2025",
  name: { en: "Alaska Summit 2025", id: "KTT Alaska 2025" },
  date: { value: "2025-08-15", evidence: [s000("Pada 15 Agustus 2025")] },
  place: {
    label: { en: "Anchorage, Alaska", id: "Anchorage, Alaska" },
    evidence: [s000("mengadakan pertemuan di Anchorage, Alaska")],
  },
  venue: {
    label: { en: "Joint Base Elmendorf-Richardson", id: "Joint Base Elmendorf-Richardson" },
    evidence: [s000("mereka bertemu di Joint Base Elmendorf-Richardson")],
  },
  format: {
    label: { en: "Three on three", id: "Tiga lawan tiga" },
    evidence: [s003("dengan format terbatas “tiga lawan tiga”")],
  },
  durations: [
    {
      label: { en: "almost three hours", id: "hampir tiga jam" },
      minutes: 180,
      qualifier: "almost",
      evidence: [s000("Pertemuan Trump-Putin berlangsung hampir tiga jam.")],
    },
  ],
  delegations: [
    {
      sideId: "russia",
      leaderId: "vladimir-putin",
      memberIds: ["sergey-lavrov"],
      evidence: [s001("Dari Rusia, hadir Menteri Luar Negeri Sergey Lavrov")],
    },
    {
      sideId: "united-states",
      leaderId: "donald-trump",
      memberIds: [],
      evidence: [s001("Amerika Serikat diwakili oleh Menteri Luar Negeri Marco Rubio")],
    },
  ],
  participantIds: ["donald-trump", "vladimir-putin"],
  issueIds: ["ukraine-war", "ceasefire"],
};
