import type { AuthoredOutcome } from "../../schema/authored.ts";
import { s000, s001, s002, s003, s004 } from "../quote.ts";

export const outcomes: AuthoredOutcome[] = [
  {
    id: "no-formal-agreement",
    label: { en: "No formal agreement", id: "Tidak ada kesepakatan resmi" },
    status: "not-agreed",
    issueIds: ["ukraine-war", "bilateral-relations"],
    evidence: [
      s000("Meskipun pembicaraan berlangsung intens dan produktif, mereka tidak mencapai kesepakatan resmi."),
      s000("meskipun tidak ada kesepakatan formal"),
      s000(
        "Pertemuan Trump-Putin di KTT Alaska berlangsung penuh simbolisme dan diplomasi, namun tidak menghasilkan kesepakatan resmi.",
      ),
      s003("meski belum ada kesepakatan resmi mengenai gencatan senjata"),
      s004("Meski dalam pertemuan tersebut belum ada kesepakatan konkret"),
    ],
  },
  {
    id: "initial-understanding",
    label: { en: "An “initial understanding” with the US", id: "“Pemahaman awal” dengan AS" },
    status: "claimed",
    claimedById: "vladimir-putin",
    issueIds: ["ukraine-war", "bilateral-relations"],
    evidence: [
      s000("Presiden Putin mengklaim telah tercapai suatu “pemahaman awal” dengan AS"),
      s000(
        "Dunia kini menunggu apakah pemahaman awal yang diklaim Putin bisa diterjemahkan menjadi kesepakatan formal di masa depan.",
      ),
      s000(
        "Dunia kini menanti apakah Putin bisa menerjemahkan pemahaman awal yang ia klaim menjadi kesepakatan formal.",
      ),
    ],
  },
  {
    id: "continue-communication",
    label: {
      en: "Agreement to keep communication open and continue talks (through official channels, in a more structured format)",
      id: "Kesepakatan menjaga komunikasi tetap terbuka dan melanjutkan pembicaraan (melalui jalur resmi, dengan format yang lebih terstruktur)",
    },
    status: "agreed",
    issueIds: ["open-communication", "follow-up-meeting", "bilateral-relations"],
    evidence: [
      s000("Trump-Putin sepakat melanjutkan komunikasi melalui jalur resmi."),
      s000("Mereka berhasil membuka saluran komunikasi yang selama ini tegang."),
      s001(
        "Sebagai hasil dari pertemuan ini, kedua pemimpin sepakat untuk melanjutkan diskusi dalam waktu dekat dengan format yang lebih terstruktur.",
      ),
      s001("komitmen kedua belah pihak untuk menjaga komunikasi yang terbuka dan transparan"),
    ],
  },
  {
    id: "trump-to-call-zelenskyy-and-nato",
    label: {
      en: "Trump to contact Ukraine's President Zelenskyy and NATO leaders",
      id: "Trump akan menghubungi Presiden Ukraina Zelenskyy dan para pemimpin NATO",
    },
    status: "planned",
    issueIds: ["ukraine-war", "nato-involvement"],
    evidence: [
      s000("Ia berencana menghubungi Presiden Ukraina Volodymyr Zelenskyy dan para pemimpin NATO."),
      s000(
        "Trump berencana menghubungi Presiden Ukraina Volodymyr Zelenskyy dan para pemimpin NATO untuk membahas langkah-langkah lebih lanjut.",
      ),
      s000("menyiapkan langkah lanjutan melalui NATO dan Presiden Ukraina"),
    ],
  },
  {
    id: "follow-up-meeting-in-moscow",
    label: {
      en: "A follow-up meeting in Moscow, after Putin's invitation",
      id: "Pertemuan lanjutan di Moskow, setelah undangan Putin",
    },
    status: "uncertain",
    issueIds: ["follow-up-meeting"],
    evidence: [
      s000("Candaan ini menandakan kemungkinan pertemuan lanjutan di ibu kota Rusia."),
      s002("Presiden Rusia Vladimir Putin menyampaikan undangan tersebut kepada Trump secara langsung"),
      s002("ia mengatakan ia “melihat kemungkinan hal itu terjadi.”"),
    ],
  },
  {
    id: "trump-accepts-moscow-invitation",
    label: {
      en: "Trump accepted the invitation to Moscow (as Lavrov reports it)",
      id: "Trump menerima undangan ke Moskow (menurut Lavrov)",
    },
    status: "claimed",
    claimedById: "sergey-lavrov",
    issueIds: ["follow-up-meeting"],
    evidence: [s002("Lavrov menyatakan Trump “menerima undangan”")],
  },
  {
    id: "no-ceasefire-agreement",
    label: { en: "No agreement on a ceasefire", id: "Belum ada kesepakatan gencatan senjata" },
    status: "not-agreed",
    issueIds: ["ceasefire"],
    evidence: [s003("meski belum ada kesepakatan resmi mengenai gencatan senjata")],
  },
  {
    id: "steps-towards-peace-agreement",
    label: {
      en: "An impression of steps towards a peace agreement",
      id: "Kesan adanya langkah menuju perjanjian damai",
    },
    status: "uncertain",
    issueIds: ["peace-settlement"],
    evidence: [
      s003("menghasilkan kesan adanya langkah menuju perjanjian damai"),
      s003("meski hasil nyatanya masih belum pasti"),
    ],
  },
];
