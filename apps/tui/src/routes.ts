import type { Evidence, Localized } from "@parley/core";

/** What the evidence screen proves: a claim, or any other grounded fact (an outcome, a role, ...). */
export type Subject =
  | { kind: "claim"; claimId: string }
  | {
      kind: "fact";
      title: Localized;
      /** A line on the fact in both languages, so that L switches it with the rest. */
      detail?: Localized;
      items: readonly { label?: Localized; evidence: Evidence }[];
    };

/** The views, in the order of their number keys (1–7). */
export const VIEWS = [
  "compare",
  "overview",
  "actors",
  "outcomes",
  "discrepancies",
  "timeline",
  "sources",
] as const;
export type View = (typeof VIEWS)[number];

export type Route =
  | { name: View }
  | { name: "evidence"; subject: Subject }
  | { name: "reader"; sourceId: string; at?: number }
  | { name: "search" }
  | { name: "choose" }
  | { name: "help" };

/** What the comparison puts side by side, and on which issues (all when none are given). */
export interface Target {
  by: "side" | "actor";
  /** The sides or actors; for sides, none means the summit's own (those its participants act for). */
  ids?: readonly string[];
  issues?: readonly string[];
}

/** Every screen gets its box and a way to open another screen on top of it. */
export interface ScreenProps {
  active: boolean;
  width: number;
  height: number;
  open: (route: Route) => void;
}

/** One evidence item per quote, labelled when the fact has several versions. */
export const factItems = (evidence: readonly Evidence[], label?: Localized) =>
  evidence.map((e) => (label ? { label, evidence: e } : { evidence: e }));
