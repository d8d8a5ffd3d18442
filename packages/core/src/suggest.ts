/** Levenshtein distance, for suggesting the nearest valid ids. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The ids nearest to `wanted`, best first: ids that contain it (or that it contains) come first,
 * then ids (or words of ids) within a small edit distance. At most `limit` ids.
 */
export function nearest(wanted: string, ids: Iterable<string>, limit = 3): string[] {
  const needle = wanted.toLowerCase().slice(0, 200);
  const scored: { id: string; score: number }[] = [];
  for (const id of ids) {
    const contains = needle.length > 0 && (id.includes(needle) || needle.includes(id));
    // "lavrof" should find "sergey-lavrov": compare with the id and with each of its words.
    const d = Math.min(distance(needle, id), ...id.split("-").map((part) => distance(needle, part) + 1));
    const allowed = Math.max(2, Math.floor(Math.max(needle.length, id.length) / 3));
    if (contains || d <= allowed) scored.push({ id, score: contains ? d - 100 : d });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((entry) => entry.id);
}
