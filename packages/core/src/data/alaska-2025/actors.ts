import type { AuthoredActor } from "../../schema/authored.ts";
import { s000, s001, s002, s003, s004 } from "../quote.ts";

export const actors: AuthoredActor[] = [
  // ── States ────────────────────────────────────────────────────────────────
  {
    id: "united-states",
    kind: "state",
    name: { en: "United States", id: "Amerika Serikat" },
    aliases: ["Amerika Serikat", "AS", "Washington", "Amerika", "negeri Paman Sam"],
    roles: [],
  },
  {
    id: "russia",
    kind: "state",
    name: { en: "Russia", id: "Rusia" },
    aliases: ["Rusia", "Moskow", "Federasi Rusia"],
    roles: [],
  },
  {
    id: "ukraine",
    kind: "state",
    name: { en: "Ukraine", id: "Ukraina" },
    aliases: ["Ukraina"],
    roles: [],
  },
  {
    id: "china",
    kind: "state",
    name: { en: "China", id: "Tiongkok" },
    aliases: ["Tiongkok"],
    roles: [],
  },

  // ── Alliances and organisations ───────────────────────────────────────────
  {
    id: "nato",
    kind: "alliance",
    name: { en: "NATO", id: "NATO" },
    aliases: ["NATO"],
    roles: [],
  },
  {
    id: "kremlin",
    kind: "organization",
    name: { en: "The Kremlin", id: "Kremlin" },
    aliases: ["Kremlin"],
    roles: [],
  },
  {
    id: "united-nations",
    kind: "organization",
    name: { en: "United Nations", id: "Perserikatan Bangsa-Bangsa (PBB)" },
    aliases: ["PBB"],
    roles: [],
  },
  {
    id: "us-congress",
    kind: "organization",
    name: { en: "United States Congress", id: "Kongres Amerika Serikat" },
    aliases: ["Kongres"],
    roles: [],
  },

  // ── People: United States ─────────────────────────────────────────────────
  {
    id: "donald-trump",
    kind: "person",
    name: { en: "Donald Trump", id: "Donald Trump" },
    aliases: ["Donald Trump", "Trump", "Presiden Trump"],
    roles: [
      {
        role: { en: "President of the United States", id: "Presiden Amerika Serikat" },
        organizationId: "united-states",
        onBehalfOfId: "united-states",
        evidence: [
          s000("Presiden Amerika Serikat Donald Trump"),
          s001("Presiden Amerika Serikat, Donald Trump"),
          s002("Presiden AS Donald Trump menyambut Presiden Rusia Vladimir Putin di Alaska"),
          s003("Pertemuan Presiden AS Donald Trump dan Presiden Rusia Vladimir Putin."),
        ],
      },
      {
        role: {
          en: "Strong candidate in American politics (as source 004 frames him)",
          id: "Kandidat kuat dalam politik Amerika (menurut sumber 004)",
        },
        onBehalfOfId: "united-states",
        evidence: [s004("Donald Trump, kandidat kuat dalam politik Amerika")],
      },
      {
        role: {
          en: "Returning important figure in American politics (as source 004 frames him)",
          id: "Kembali menjadi figur penting dalam politik Amerika (menurut sumber 004)",
        },
        onBehalfOfId: "united-states",
        evidence: [s004("Trump yang kembali menjadi figur penting dalam politik Amerika")],
      },
    ],
  },
  {
    id: "marco-rubio",
    kind: "person",
    name: { en: "Marco Rubio", id: "Marco Rubio" },
    aliases: ["Marco Rubio"],
    roles: [
      {
        role: { en: "Secretary of State (Foreign Minister)", id: "Menteri Luar Negeri" },
        organizationId: "united-states",
        onBehalfOfId: "united-states",
        evidence: [s001("Menteri Luar Negeri Marco Rubio"), s003("Menteri Luar Negeri Marco Rubio")],
      },
    ],
  },
  {
    id: "steve-witkoff",
    kind: "person",
    name: { en: "Steve Witkoff", id: "Steve Witkoff" },
    aliases: ["Steve Witkoff"],
    roles: [
      {
        role: { en: "Special Envoy", id: "Utusan Khusus" },
        organizationId: "united-states",
        onBehalfOfId: "united-states",
        evidence: [s001("Utusan Khusus, Steve Witkoff"), s003("Utusan Khusus Steve Witkoff")],
      },
    ],
  },

  // ── People: Russia ────────────────────────────────────────────────────────
  {
    id: "vladimir-putin",
    kind: "person",
    name: { en: "Vladimir Putin", id: "Vladimir Putin" },
    aliases: ["Vladimir Putin", "Putin", "Presiden Putin"],
    roles: [
      {
        role: { en: "President of Russia", id: "Presiden Rusia" },
        organizationId: "russia",
        onBehalfOfId: "russia",
        evidence: [
          s000("Presiden Rusia Vladimir Putin"),
          s001("Presiden Rusia, Vladimir Putin"),
          s002("Presiden Rusia Vladimir Putin menyampaikan undangan tersebut"),
          s003("Presiden Rusia Vladimir Putin dikabarkan"),
          s004("Presiden Rusia Vladimir Putin kembali menegaskan"),
        ],
      },
    ],
  },
  {
    id: "sergey-lavrov",
    kind: "person",
    name: { en: "Sergey Lavrov", id: "Sergey Lavrov" },
    aliases: ["Sergey Lavrov", "Lavrov"],
    roles: [
      {
        role: { en: "Minister of Foreign Affairs", id: "Menteri Luar Negeri" },
        organizationId: "russia",
        onBehalfOfId: "russia",
        evidence: [s001("Menteri Luar Negeri Sergey Lavrov"), s003("Menteri Luar Negeri Sergey Lavrov")],
      },
    ],
  },
  {
    id: "yury-ushakov",
    kind: "person",
    name: { en: "Yury Ushakov", id: "Yury Ushakov" },
    aliases: ["Yury Ushakov"],
    roles: [
      {
        role: {
          en: "Presidential aide for international affairs",
          id: "Penasihat Presiden untuk Urusan Internasional",
        },
        organizationId: "russia",
        onBehalfOfId: "russia",
        evidence: [
          s001("Penasihat Presiden untuk Urusan Internasional, Yury Ushakov"),
          s003("Penasihat Presiden Yury Ushakov"),
        ],
      },
    ],
  },

  // ── People: Ukraine ───────────────────────────────────────────────────────
  {
    id: "volodymyr-zelenskyy",
    kind: "person",
    name: { en: "Volodymyr Zelenskyy", id: "Volodymyr Zelenskyy" },
    aliases: ["Volodymyr Zelenskyy"],
    roles: [
      {
        role: { en: "President of Ukraine", id: "Presiden Ukraina" },
        organizationId: "ukraine",
        onBehalfOfId: "ukraine",
        evidence: [s000("Presiden Ukraina Volodymyr Zelenskyy", 1)],
      },
    ],
  },

  // ── People and groups: others ─────────────────────────────────────────────
  {
    id: "jeremy-kuzmarov",
    kind: "person",
    name: { en: "Jeremy Kuzmarov", id: "Jeremy Kuzmarov" },
    aliases: ["Jeremy Kuzmarov", "Kuzmarov"],
    roles: [
      {
        role: {
          en: "Editor-in-chief of Covert Action Magazine",
          id: "Pemimpin Redaksi Covert Action Magazine",
        },
        organizationId: "covert-action-magazine",
        evidence: [s003("Jeremy Kuzmarov, Pemimpin Redaksi Covert Action Magazine")],
      },
    ],
  },
  {
    id: "regional-leaders-of-annexed-regions",
    kind: "group",
    name: {
      en: "Leaders of the Donetsk, Lugansk, Kherson and Zaporozhye regions",
      id: "Pimpinan wilayah Donetsk, Lugansk, Kherson, dan Zaporozhye",
    },
    aliases: ["pimpinan wilayah Donetsk, Lugansk, Kherson, dan Zaporozhye"],
    roles: [
      {
        role: {
          en: "Leaders of the Donetsk, Lugansk, Kherson and Zaporozhye regions",
          id: "Pimpinan wilayah Donetsk, Lugansk, Kherson, dan Zaporozhye",
        },
        evidence: [s003("Putin bersama pimpinan wilayah Donetsk, Lugansk, Kherson, dan Zaporozhye")],
      },
    ],
  },
  {
    id: "members-of-congress",
    kind: "group",
    name: { en: "Members of the US Congress", id: "Anggota Kongres AS" },
    aliases: ["anggota Kongres"],
    roles: [
      {
        role: { en: "Members of Congress", id: "Anggota Kongres" },
        organizationId: "us-congress",
        onBehalfOfId: "united-states",
        evidence: [s004("Banyak anggota Kongres masih skeptis terhadap niat Rusia")],
      },
    ],
  },
  {
    id: "european-states",
    kind: "group",
    name: { en: "European states", id: "Negara-negara Eropa" },
    aliases: ["negara-negara Eropa", "Negara-negara Eropa"],
    roles: [],
  },
  {
    id: "the-west",
    kind: "group",
    name: { en: "The West", id: "Barat" },
    aliases: ["Barat"],
    roles: [],
  },
  {
    id: "international-community",
    kind: "group",
    name: { en: "The international community", id: "Masyarakat internasional" },
    aliases: ["masyarakat internasional"],
    roles: [],
  },
  {
    id: "international-analysts",
    kind: "group",
    name: { en: "International analysts", id: "Analis internasional" },
    aliases: ["analis internasional"],
    roles: [],
  },
  {
    id: "analysts",
    kind: "group",
    name: { en: "Analysts", id: "Analis" },
    aliases: ["Analis", "Banyak analis"],
    roles: [],
  },
  {
    id: "observers",
    kind: "group",
    name: { en: "Some observers", id: "Sebagian pengamat" },
    aliases: ["sebagian pengamat"],
    roles: [],
  },
  {
    id: "international-observers",
    kind: "group",
    name: { en: "International observers", id: "Pengamat internasional" },
    aliases: ["pengamat internasional"],
    roles: [],
  },
  {
    id: "political-observers",
    kind: "group",
    name: { en: "Political observers", id: "Pengamat politik" },
    aliases: ["Pengamat politik"],
    roles: [],
  },
  {
    id: "experts",
    kind: "group",
    name: { en: "Experts", id: "Para ahli" },
    aliases: ["para ahli"],
    roles: [],
  },
  {
    id: "several-experts",
    kind: "group",
    name: { en: "Several experts", id: "Sejumlah pakar" },
    aliases: ["Sejumlah pakar"],
    roles: [],
  },
  {
    id: "politicians",
    kind: "group",
    name: { en: "Politicians", id: "Kalangan politisi" },
    aliases: ["kalangan politisi"],
    roles: [],
  },
  {
    id: "many-parties",
    kind: "group",
    name: { en: "Many parties", id: "Banyak pihak" },
    aliases: ["banyak pihak"],
    roles: [],
  },
  {
    id: "the-public",
    kind: "group",
    name: { en: "The public", id: "Publik" },
    aliases: ["publik"],
    roles: [],
  },
  {
    id: "international-media",
    kind: "group",
    name: { en: "International media", id: "Media internasional" },
    aliases: ["Media internasional"],
    roles: [],
  },

  // ── Outlets and news agencies ─────────────────────────────────────────────
  {
    id: "sekilasnews",
    kind: "outlet",
    name: { en: "sekilasnews.id", id: "sekilasnews.id" },
    aliases: ["www.sekilasnews.id", "sekilasnews.id"],
    roles: [],
  },
  {
    id: "covert-action-magazine",
    kind: "outlet",
    name: { en: "Covert Action Magazine", id: "Covert Action Magazine" },
    aliases: ["Covert Action Magazine"],
    roles: [],
  },
  {
    id: "rossiya-24",
    kind: "outlet",
    name: { en: "Rossiya 24", id: "Rossiya 24" },
    aliases: ["Rossiya 24"],
    roles: [],
  },
  {
    id: "antara",
    kind: "news-agency",
    name: { en: "ANTARA", id: "ANTARA" },
    aliases: ["ANTARA"],
    roles: [],
  },
  {
    id: "ria-novosti",
    kind: "news-agency",
    name: { en: "RIA Novosti", id: "RIA Novosti" },
    aliases: ["RIA Novosti"],
    roles: [],
  },
  {
    id: "tass",
    kind: "news-agency",
    name: { en: "TASS", id: "TASS" },
    aliases: ["tass"],
    roles: [],
  },
];
