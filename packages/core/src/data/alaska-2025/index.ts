import type { AuthoredDataset } from "../../schema/authored.ts";
import { actors } from "./actors.ts";
import { claims } from "./claims.ts";
import { discrepancies } from "./discrepancies.ts";
import { issues } from "./issues.ts";
import { outcomes } from "./outcomes.ts";
import { sources } from "./sources.ts";
import { summit } from "./summit.ts";
import { timeline } from "./timeline.ts";

/** The Anchorage summit of 15 August 2025, as the five seed articles report it. */
export const alaska2025: AuthoredDataset = {
  summit,
  sources,
  actors,
  issues,
  claims,
  outcomes,
  discrepancies,
  timeline,
};
