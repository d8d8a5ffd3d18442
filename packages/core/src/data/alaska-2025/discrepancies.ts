import type { AuthoredDiscrepancy } from "../../schema/authored.ts";
import { s000, s001, s002, s003, s004 } from "../quote.ts";

export const discrepancies: AuthoredDiscrepancy[] = [
  {
    id: "meeting-duration",
    question: { en: "How long did the meeting last?", id: "Berapa lama pertemuan berlangsung?" },
    issueIds: [],
    variants: [
      {
        label: { en: "Almost three hours", id: "Hampir tiga jam" },
        evidence: [
          s000("Pertemuan Trump-Putin berlangsung hampir tiga jam."),
          s003("Diskusi tersebut berlangsung hampir tiga jam"),
        ],
      },
      {
        label: { en: "More than three hours", id: "Lebih dari tiga jam" },
        evidence: [s001("Dalam pertemuan yang berlangsung lebih dari tiga jam tersebut")],
      },
    ],
  },
  {
    id: "last-contact-between-leaders",
    question: {
      en: "How long had it been since the two leaders' last direct contact?",
      id: "Sudah berapa lama sejak kontak langsung terakhir kedua pemimpin?",
    },
    issueIds: ["bilateral-relations"],
    variants: [
      {
        label: {
          en: "They last met in person in 2019; Anchorage was their first in-person meeting since then",
          id: "Terakhir bertemu langsung pada 2019; Anchorage adalah pertemuan langsung pertama sejak itu",
        },
        evidence: [
          s002("Putin dan Trump bertemu langsung untuk pertama kalinya sejak 2019"),
          s002("ini adalah pertemuan langsung pertama setelah periode yang penuh ketegangan"),
        ],
      },
      {
        label: {
          en: "The most significant communication between the countries' leaders after more than four years of broken intense diplomatic relations",
          id: "Komunikasi paling signifikan antara pemimpin kedua negara setelah lebih dari empat tahun terputusnya hubungan diplomatik yang intens",
        },
        evidence: [
          s001(
            "merupakan komunikasi paling signifikan antara pemimpin kedua negara setelah lebih dari empat tahun terputusnya hubungan diplomatik yang intens",
          ),
        ],
      },
    ],
  },
  {
    id: "trump-status",
    question: {
      en: "What is Trump's position at the time of the summit?",
      id: "Apa kedudukan Trump pada saat pertemuan?",
    },
    issueIds: [],
    variants: [
      {
        label: {
          en: "The sitting President of the United States (001 adds that he faces political pressure ahead of upcoming elections)",
          id: "Presiden Amerika Serikat yang sedang menjabat (001 menambahkan ia menghadapi tekanan politik menjelang pemilihan mendatang)",
        },
        evidence: [
          s000("Presiden Amerika Serikat Donald Trump"),
          s001("Presiden Amerika Serikat, Donald Trump"),
          s001("Trump, yang saat ini menghadapi tekanan politik menjelang pemilihan mendatang"),
          s002("Presiden AS Donald Trump menyambut Presiden Rusia Vladimir Putin di Alaska"),
          s003("Pertemuan Presiden AS Donald Trump dan Presiden Rusia Vladimir Putin."),
        ],
      },
      {
        label: {
          en: "A strong candidate in American politics who has once again become an important figure (no mention of the presidency)",
          id: "Kandidat kuat dalam politik Amerika yang kembali menjadi figur penting (tanpa menyebut jabatan presiden)",
        },
        evidence: [
          s004("Donald Trump, kandidat kuat dalam politik Amerika"),
          s004("Trump yang kembali menjadi figur penting dalam politik Amerika"),
        ],
      },
    ],
  },
  {
    id: "main-topics",
    question: {
      en: "What were the main topics of the talks?",
      id: "Apa topik utama pembicaraan?",
    },
    issueIds: [
      "ukraine-war",
      "european-security",
      "bilateral-relations",
      "cyber-security",
      "russian-influence",
      "terrorism",
      "global-security",
      "economic-cooperation",
      "energy",
      "global-economic-stability",
    ],
    variants: [
      {
        label: {
          en: "The Russia–Ukraine conflict (the main focus), European security and bilateral US–Russia relations",
          id: "Konflik Rusia-Ukraina (fokus utama), keamanan Eropa, dan hubungan bilateral AS-Rusia",
        },
        evidence: [
          s000(
            "digelar untuk membahas konflik Rusia-Ukraina, masalah keamanan Eropa, serta hubungan bilateral AS-Rusia",
          ),
          s000("Fokus utama diskusi adalah mencari solusi terkait konflik Ukraina."),
        ],
      },
      {
        label: {
          en: "Cyber security, Russian influence in Europe and the Middle East, and global terrorism",
          id: "Keamanan siber, pengaruh Rusia di Eropa dan Timur Tengah, serta terorisme global",
        },
        evidence: [
          s001(
            "Di antara topik yang dibahas, perhatian utama cenderung tertuju pada keamanan siber, pengaruh Rusia di kawasan Eropa dan Timur Tengah, serta upaya untuk mengatasi ancaman terorisme global.",
          ),
        ],
      },
      {
        label: {
          en: "Resolving the Ukraine conflict (the main focus) and normalising relations, global security, economic cooperation",
          id: "Penyelesaian konflik Ukraina (fokus utama) dan normalisasi hubungan, keamanan global, kerja sama ekonomi",
        },
        evidence: [
          s002(
            "untuk membahas cara-cara menyelesaikan konflik Ukraina serta menormalisasi hubungan antara Moskow dan Washington",
          ),
          s002(
            "kedua pemimpin berdiskusi mengenai berbagai isu, termasuk keamanan global dan konflik Ukraina",
          ),
          s002("Diskusi mengenai Ukraina merupakan fokus utama dalam pertemuan ini."),
          s002("kedua presiden juga membahas potensi kerjasama di bidang ekonomi"),
        ],
      },
      {
        label: {
          en: "Restoring Russia–US relations, the situation in Ukraine, energy and global economic stability",
          id: "Pemulihan hubungan Rusia–AS, situasi di Ukraina, energi, dan stabilitas ekonomi global",
        },
        evidence: [
          s004("setidaknya pemulihan hubungan Rusia–AS kembali masuk dalam agenda pembahasan serius"),
          s004(
            "Kedua pemimpin juga membahas situasi di Ukraina, isu energi, serta stabilitas ekonomi global.",
          ),
        ],
      },
    ],
  },
  {
    id: "what-was-agreed",
    question: {
      en: "Did the summit produce any agreement?",
      id: "Apakah pertemuan menghasilkan kesepakatan?",
    },
    issueIds: ["ukraine-war", "ceasefire", "peace-settlement", "open-communication"],
    variants: [
      {
        label: {
          en: "No formal agreement; Putin claims an “initial understanding”; the leaders agreed only to keep communicating through official channels",
          id: "Tidak ada kesepakatan resmi; Putin mengklaim “pemahaman awal”; kedua pemimpin hanya sepakat melanjutkan komunikasi melalui jalur resmi",
        },
        evidence: [
          s000(
            "Meskipun pembicaraan berlangsung intens dan produktif, mereka tidak mencapai kesepakatan resmi.",
          ),
          s000(
            "Presiden Putin mengklaim telah tercapai suatu “pemahaman awal” dengan AS, meskipun tidak ada kesepakatan formal",
          ),
          s000("Trump-Putin sepakat melanjutkan komunikasi melalui jalur resmi."),
        ],
      },
      {
        label: {
          en: "The leaders agreed to continue the talks soon in a more structured format (no mention of a failed agreement)",
          id: "Kedua pemimpin sepakat melanjutkan diskusi dalam waktu dekat dengan format yang lebih terstruktur (tanpa menyebut kegagalan mencapai kesepakatan)",
        },
        evidence: [
          s001(
            "Sebagai hasil dari pertemuan ini, kedua pemimpin sepakat untuk melanjutkan diskusi dalam waktu dekat dengan format yang lebih terstruktur.",
          ),
        ],
      },
      {
        label: {
          en: "An impression of steps towards a peace agreement, but no official ceasefire agreement",
          id: "Kesan adanya langkah menuju perjanjian damai, tetapi belum ada kesepakatan resmi gencatan senjata",
        },
        evidence: [
          s003(
            "menghasilkan kesan adanya langkah menuju perjanjian damai meski belum ada kesepakatan resmi mengenai gencatan senjata",
          ),
        ],
      },
      {
        label: {
          en: "No concrete agreement yet, but restoring Russia–US relations is back on the agenda",
          id: "Belum ada kesepakatan konkret, tetapi pemulihan hubungan Rusia–AS kembali masuk agenda",
        },
        evidence: [
          s004(
            "Meski dalam pertemuan tersebut belum ada kesepakatan konkret, setidaknya pemulihan hubungan Rusia–AS kembali masuk dalam agenda pembahasan serius.",
          ),
        ],
      },
    ],
  },
  {
    id: "moscow-invitation-framing",
    question: {
      en: "Was the Moscow meeting a joke or a formal invitation that Trump accepted?",
      id: "Apakah pertemuan di Moskow sekadar candaan atau undangan resmi yang diterima Trump?",
    },
    issueIds: ["follow-up-meeting"],
    variants: [
      {
        label: {
          en: "A light-hearted joke by Putin (“Next time in Moscow”) that only signals a possible further meeting",
          id: "Candaan ringan Putin (“Next time in Moscow”) yang hanya menandakan kemungkinan pertemuan lanjutan",
        },
        evidence: [
          s000("Momen menarik lainnya adalah candaan Putin di akhir pertemuan: “Next time in Moscow”."),
          s000("Candaan ini menandakan kemungkinan pertemuan lanjutan di ibu kota Rusia."),
          s000("Meskipun disampaikan dengan nada ringan"),
        ],
      },
      {
        label: {
          en: "An invitation Putin delivered in person, which Trump accepted according to Lavrov",
          id: "Undangan yang disampaikan Putin secara langsung, yang menurut Lavrov diterima Trump",
        },
        evidence: [
          s002("Presiden Rusia Vladimir Putin menyampaikan undangan tersebut kepada Trump secara langsung"),
          s002("Lavrov menyatakan Trump “menerima undangan”"),
        ],
      },
    ],
  },
  {
    id: "sanctions-relief",
    question: {
      en: "Is lifting sanctions on Russia part of the picture?",
      id: "Apakah pencabutan sanksi terhadap Rusia menjadi bagian dari pembicaraan?",
    },
    issueIds: ["sanctions"],
    variants: [
      {
        label: {
          en: "An open question: it is unclear whether Trump is willing to lift all sanctions, and he would face domestic opposition (Kuzmarov)",
          id: "Pertanyaan terbuka: belum jelas apakah Trump bersedia mencabut seluruh sanksi, dan ia akan menghadapi penolakan di dalam negeri (Kuzmarov)",
        },
        evidence: [
          s003("masih belum jelas apakah Trump bersedia mencabut seluruh sanksi terhadap Rusia"),
          s003(
            "“Jika Trump mencoba melakukan itu, ia akan menghadapi banyak penolakan politik di dalam negeri,” kata Kuzmarov.",
          ),
        ],
      },
      {
        label: {
          en: "Putin does not demand that sanctions be lifted directly, stressing constructive dialogue instead (analysts)",
          id: "Putin tidak menuntut pencabutan sanksi secara langsung, melainkan menekankan dialog konstruktif (para analis)",
        },
        evidence: [
          s004(
            "Alih-alih menuntut pencabutan sanksi secara langsung, ia lebih menekankan pada dialog konstruktif yang bisa melahirkan rasa saling percaya.",
          ),
        ],
      },
    ],
  },
  {
    id: "occasion-of-putin-statements",
    question: {
      en: "When and where did Putin make his statements about the talks and relations with the US?",
      id: "Kapan dan di mana Putin menyampaikan pernyataannya tentang pembicaraan dan hubungan dengan AS?",
    },
    issueIds: ["bilateral-relations"],
    variants: [
      {
        label: {
          en: "After the meeting in Anchorage",
          id: "Usai pertemuan di Anchorage",
        },
        evidence: [s000("Usai pertemuan, Presiden Putin mengklaim")],
      },
      {
        label: {
          en: "In his latest interview, a statement that came amid the Alaska summit",
          id: "Dalam wawancara terbarunya, pernyataan yang hadir di tengah pertemuan di Alaska",
        },
        evidence: [
          s004("Dalam wawancara terbarunya, Putin menyebutkan"),
          s004("Pernyataan ini hadir di tengah pertemuan tingkat tinggi yang berlangsung di Alaska"),
        ],
      },
    ],
  },
];
