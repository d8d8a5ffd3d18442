import { describe, expect, it } from "vitest";
import { warmUp } from "./cli.tsx";

describe("warmUp (what the build runs to make the code cache)", () => {
  it("prints a comparison and draws a first frame and the frame after a key, without a terminal", async () => {
    // It rejects when a frame does not come within 5 s, as under CI if Ink were left in CI mode.
    await expect(warmUp()).resolves.toBeUndefined();
  });
});
