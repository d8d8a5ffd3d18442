import type { AuthoredSummit } from "../../schema/authored.ts";
import { s000, s001, s002, s003, s004 } from "../quote.ts";

export const summit: AuthoredSummit = {
  id: "alaska-2025",
  name: { en: "Alaska Summit 2025", id: "KTT Alaska 2025" },
  date: { value: "2025-08-15", evidence: [s000("Pada 15 Agustus 2025")] },
  place: {
    label: { en: "Anchorage, Alaska", id: "Anchorage, Alaska" },
    evidence: [
      s000("mengadakan pertemuan di Anchorage, Alaska"),
      s001("Dialog yang berlangsung di Anchorage ini"),
      s002("untuk pertama kalinya sejak 2019 di Anchorage, Alaska"),
      s003("berlangsung di Anchorage, Alaska"),
      s004("pertemuan tingkat tinggi yang berlangsung di Alaska"),
    ],
  },
  venue: {
    label: { en: "Joint Base Elmendorf-Richardson", id: "Joint Base Elmendorf-Richardson" },
    evidence: [
      s000("mereka bertemu di Joint Base Elmendorf-Richardson"),
      s000("yang berlangsung di pangkalan militer"),
    ],
  },
  format: {
    label: { en: "Three on three", id: "Tiga lawan tiga" },
    evidence: [
      s003("dengan format terbatas “tiga lawan tiga”"),
      s001("setiap presiden didampingi oleh dua perwakilan kunci dari pemerintahan mereka"),
    ],
  },
  durations: [
    {
      label: { en: "almost three hours (source 000)", id: "hampir tiga jam (sumber 000)" },
      minutes: 180,
      qualifier: "almost",
      evidence: [s000("Pertemuan Trump-Putin berlangsung hampir tiga jam.")],
    },
    {
      label: { en: "more than three hours (source 001)", id: "lebih dari tiga jam (sumber 001)" },
      minutes: 180,
      qualifier: "more-than",
      evidence: [s001("Dalam pertemuan yang berlangsung lebih dari tiga jam tersebut")],
    },
    {
      label: { en: "almost three hours (source 003)", id: "hampir tiga jam (sumber 003)" },
      minutes: 180,
      qualifier: "almost",
      evidence: [s003("Diskusi tersebut berlangsung hampir tiga jam")],
    },
    {
      label: {
        en: "three hours (source 000, in its later summary)",
        id: "tiga jam (sumber 000, dalam ringkasan berikutnya)",
      },
      minutes: 180,
      qualifier: "unqualified",
      evidence: [s000("diskusi selama tiga jam"), s000("Diskusi tiga jam")],
    },
  ],
  delegations: [
    {
      sideId: "russia",
      leaderId: "vladimir-putin",
      memberIds: ["sergey-lavrov", "yury-ushakov"],
      evidence: [
        s001(
          "Dari Rusia, hadir Menteri Luar Negeri Sergey Lavrov dan Penasihat Presiden untuk Urusan Internasional, Yury Ushakov",
        ),
        s003("Dari pihak Rusia hadir Menteri Luar Negeri Sergey Lavrov dan Penasihat Presiden Yury Ushakov"),
      ],
    },
    {
      sideId: "united-states",
      leaderId: "donald-trump",
      memberIds: ["marco-rubio", "steve-witkoff"],
      evidence: [
        s001(
          "Amerika Serikat diwakili oleh Menteri Luar Negeri Marco Rubio dan Utusan Khusus, Steve Witkoff",
        ),
        s003("AS diwakili Menteri Luar Negeri Marco Rubio dan Utusan Khusus Steve Witkoff"),
      ],
    },
  ],
  participantIds: ["donald-trump", "vladimir-putin"],
  issueIds: [
    "ukraine-war",
    "ceasefire",
    "peace-settlement",
    "european-security",
    "russia-security-interests",
    "bilateral-relations",
    "nato-involvement",
    "open-communication",
    "global-security",
    "economic-cooperation",
    "energy",
    "global-economic-stability",
    "cyber-security",
    "russian-influence",
    "terrorism",
    "follow-up-meeting",
  ],
};
