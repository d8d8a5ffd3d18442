import type { AuthoredActor } from "../../schema/authored.ts";
import { s000, s001 } from "../quote.ts";

export const actors: AuthoredActor[] = [
  {
    id: "united-states",
    kind: "state",
    name: { en: "United States", id: "Amerika Serikat" },
    aliases: ["Amerika Serikat", "AS", "Washington", "Amerika"],
    roles: [],
  },
  {
    id: "russia",
    kind: "state",
    name: { en: "Russia", id: "Rusia" },
    aliases: ["Rusia", "Moskow"],
    roles: [],
  },
  {
    id: "donald-trump",
    kind: "person",
    name: { en: "Donald Trump", id: "Donald Trump" },
    aliases: ["Donald Trump", "Trump"],
    roles: [
      {
        role: { en: "President of the United States", id: "Presiden Amerika Serikat" },
        organizationId: "united-states",
        onBehalfOfId: "united-states",
        evidence: [s000("Presiden Amerika Serikat Donald Trump")],
      },
    ],
  },
  {
    id: "vladimir-putin",
    kind: "person",
    name: { en: "Vladimir Putin", id: "Vladimir Putin" },
    aliases: ["Vladimir Putin", "Putin"],
    roles: [
      {
        role: { en: "President of Russia", id: "Presiden Rusia" },
        organizationId: "russia",
        onBehalfOfId: "russia",
        evidence: [s000("Presiden Rusia Vladimir Putin", 1)],
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
        evidence: [s001("Menteri Luar Negeri Sergey Lavrov")],
      },
    ],
  },
];
