import type { EvidenceInput } from "../schema/model.ts";

/**
 * Returns a quoting function for one source, so that authored facts read as
 * `s000("verbatim text")`. `occurrence` picks one of several identical spans (1-based).
 */
export function quotesFrom(source: string) {
  return (exact: string, occurrence?: number): EvidenceInput =>
    occurrence === undefined ? { source, exact } : { source, exact, occurrence };
}

export const s000 = quotesFrom("000_5837d935519e355e");
export const s001 = quotesFrom("001_b0be9fc0d39ecfa9");
export const s002 = quotesFrom("002_9d29f9ba959db2c6");
export const s003 = quotesFrom("003_541abc782ac656e9");
export const s004 = quotesFrom("004_5114235fe2ad093f");
