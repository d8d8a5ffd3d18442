import type { AuthoredTimelineEvent } from "../../schema/authored.ts";
import { s000, s001, s002, s003 } from "../quote.ts";

export const timeline: AuthoredTimelineEvent[] = [
  {
    id: "putin-last-us-visit-2015",
    label: {
      en: "Putin's last visit to the US, for the UN General Assembly in New York",
      id: "Kunjungan terakhir Putin ke AS, menghadiri Sidang Umum PBB di New York",
    },
    date: "2015",
    precision: "year",
    basis: "stated",
    actorIds: ["vladimir-putin", "united-nations", "united-states"],
    evidence: [
      s001(
        "presiden Rusia tersebut terakhir kali menginjakan kaki di negeri Paman Sam pada tahun 2015 saat menghadiri Sidang Umum PBB di New York",
      ),
    ],
  },
  {
    id: "previous-in-person-meeting-2019",
    label: {
      en: "Putin and Trump's previous in-person meeting",
      id: "Pertemuan langsung Putin dan Trump sebelumnya",
    },
    date: "2019",
    precision: "year",
    basis: "stated",
    actorIds: ["vladimir-putin", "donald-trump"],
    evidence: [s002("Putin dan Trump bertemu langsung untuk pertama kalinya sejak 2019")],
  },
  {
    id: "break-in-intense-diplomatic-relations",
    label: {
      en: "Intense diplomatic relations between the two countries break off",
      id: "Terputusnya hubungan diplomatik yang intens antara kedua negara",
    },
    date: "2021",
    precision: "year",
    basis: "inferred",
    inference: {
      en: "Source 001 says the Anchorage dialogue came “after more than four years” of broken intense diplomatic relations; counting back more than four years from the summit of August 2025 gives 2021 or a little earlier. The year is approximate.",
      id: "Sumber 001 menyebut dialog di Anchorage terjadi “setelah lebih dari empat tahun” terputusnya hubungan diplomatik yang intens; dihitung mundur lebih dari empat tahun dari KTT Agustus 2025, didapat tahun 2021 atau sedikit lebih awal. Tahunnya perkiraan.",
    },
    actorIds: ["united-states", "russia"],
    evidence: [s001("setelah lebih dari empat tahun terputusnya hubungan diplomatik yang intens")],
  },
  {
    id: "referendum-in-eastern-ukraine",
    label: {
      en: "Referendum in Donetsk, Lugansk, Kherson and Zaporozhye, claimed to show majority support for joining Russia",
      id: "Referendum di Donetsk, Lugansk, Kherson, dan Zaporozhye yang diklaim menunjukkan dukungan mayoritas untuk bergabung dengan Rusia",
    },
    date: "2022-09",
    precision: "month",
    basis: "inferred",
    inference: {
      en: "Source 003 says the accession agreements were signed on 30 September 2022 “after a referendum”, so the referendum came before that date. The text gives no date for it; Parley places it in September 2022, the month of the signing, which is an assumption.",
      id: "Sumber 003 menyebut kesepakatan bergabung ditandatangani pada 30 September 2022 “setelah referendum”, jadi referendum terjadi sebelum tanggal itu. Teks tidak menyebut tanggalnya; Parley menempatkannya pada September 2022, bulan penandatanganan, sebagai asumsi.",
    },
    actorIds: ["regional-leaders-of-annexed-regions", "russia"],
    evidence: [
      s003(
        "Langkah itu diambil setelah referendum yang diklaim menunjukkan mayoritas penduduk setempat mendukung integrasi dengan Moskow.",
      ),
    ],
  },
  {
    id: "accession-signing-2022",
    label: {
      en: "Putin and the leaders of Donetsk, Lugansk, Kherson and Zaporozhye sign agreements to join the Russian Federation",
      id: "Putin dan pimpinan wilayah Donetsk, Lugansk, Kherson, dan Zaporozhye menandatangani kesepakatan bergabung dengan Federasi Rusia",
    },
    date: "2022-09-30",
    precision: "day",
    basis: "stated",
    actorIds: ["vladimir-putin", "regional-leaders-of-annexed-regions", "russia"],
    evidence: [
      s003(
        "pada 30 September 2022, Putin bersama pimpinan wilayah Donetsk, Lugansk, Kherson, dan Zaporozhye menandatangani kesepakatan bergabung dengan Federasi Rusia",
      ),
    ],
  },
  {
    id: "summit-in-anchorage",
    label: { en: "Trump and Putin meet in Anchorage", id: "Trump dan Putin bertemu di Anchorage" },
    date: "2025-08-15",
    precision: "day",
    basis: "stated",
    actorIds: ["donald-trump", "vladimir-putin"],
    evidence: [
      s000(
        "Pada 15 Agustus 2025, Presiden Amerika Serikat Donald Trump dan Presiden Rusia Vladimir Putin mengadakan pertemuan di Anchorage, Alaska.",
      ),
    ],
  },
  {
    id: "putin-invites-trump-to-moscow",
    label: {
      en: "Putin delivers the invitation to Moscow to Trump in person at the summit",
      id: "Putin menyampaikan undangan ke Moskow kepada Trump secara langsung dalam pertemuan puncak",
    },
    date: "2025-08-15",
    precision: "day",
    basis: "inferred",
    inference: {
      en: "Source 002 says Putin delivered the invitation “in the summit last week in Alaska”; source 000 dates the summit to 15 August 2025.",
      id: "Sumber 002 menyebut Putin menyampaikan undangan “dalam pertemuan puncak pekan lalu di Alaska”; sumber 000 menyebut pertemuan itu pada 15 Agustus 2025.",
    },
    actorIds: ["vladimir-putin", "donald-trump"],
    evidence: [
      s002(
        "Dalam pertemuan puncak pekan lalu di Alaska, Presiden Rusia Vladimir Putin menyampaikan undangan tersebut kepada Trump secara langsung.",
      ),
    ],
  },
  {
    id: "putin-next-time-in-moscow",
    label: {
      en: "Putin's “Next time in Moscow” remark at the end of the meeting",
      id: "Candaan Putin “Next time in Moscow” di akhir pertemuan",
    },
    date: "2025-08-15",
    precision: "day",
    basis: "inferred",
    inference: {
      en: "Source 000 places the remark “at the end of the meeting”, which it dates to 15 August 2025.",
      id: "Sumber 000 menempatkan candaan itu “di akhir pertemuan”, yang menurut sumber yang sama berlangsung pada 15 Agustus 2025.",
    },
    actorIds: ["vladimir-putin"],
    evidence: [s000("candaan Putin di akhir pertemuan: “Next time in Moscow”")],
  },
  {
    id: "joint-press-conference",
    label: {
      en: "Joint press conference of Trump and Putin",
      id: "Konferensi pers bersama Trump dan Putin",
    },
    date: "2025-08-15",
    precision: "day",
    basis: "inferred",
    inference: {
      en: "Source 002 places the joint press conference with Putin “last week”, i.e. at the Alaska summit, which source 000 dates to 15 August 2025.",
      id: "Sumber 002 menyebut konferensi pers bersama dengan Putin terjadi “pekan lalu”, yaitu pada pertemuan puncak di Alaska, yang menurut sumber 000 berlangsung pada 15 Agustus 2025.",
    },
    actorIds: ["donald-trump", "vladimir-putin"],
    evidence: [s002("Dalam konferensi pers bersama dengan Putin pekan lalu")],
  },
  {
    id: "lavrov-rossiya-24-interview",
    label: {
      en: "Lavrov tells Rossiya 24 that Trump “accepted the invitation”",
      id: "Lavrov mengatakan kepada Rossiya 24 bahwa Trump “menerima undangan”",
    },
    date: "2025-08-19",
    precision: "day",
    basis: "inferred",
    inference: {
      en: "Source 002 dates the interview to “Tuesday” and calls the summit “last week”. The summit was on Friday 15 August 2025 (source 000), so the following Tuesday is 19 August 2025.",
      id: "Sumber 002 menyebut wawancara itu “pada hari Selasa” dan menyebut pertemuan puncak “pekan lalu”. Pertemuan berlangsung Jumat, 15 Agustus 2025 (sumber 000), sehingga Selasa berikutnya adalah 19 Agustus 2025.",
    },
    actorIds: ["sergey-lavrov", "rossiya-24"],
    evidence: [s002("Dalam wawancara dengan saluran televisi Rossiya 24 pada hari Selasa")],
  },
];
