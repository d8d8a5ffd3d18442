/**
 * Stands in for node:assert in signal-exit 3 (scripts/build.mjs), which Ink and restore-cursor
 * call as they start. Its one use, `assert.equal(typeof cb, "function", …)`, loaded assert (~4 ms
 * of every start) to check a callback; the check is made here, and assert is loaded only to throw
 * its own error when the check fails.
 */
export function equal(actual: unknown, expected: unknown, message?: string): void {
  // biome-ignore lint/suspicious/noDoubleEquals: assert.equal compares with ==.
  if (actual != expected) process.getBuiltinModule("node:assert").equal(actual, expected, message);
}
