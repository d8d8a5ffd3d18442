import { describe, expect, it } from "vitest";
import { embeddedData } from "./data/embedded.ts";
import { drawOnce } from "./interactive.tsx";

describe("drawOnce (the build's warm-up for the code cache)", () => {
  it("draws a first frame and the frame after a key, without a terminal", async () => {
    // It rejects when a frame does not come within 5 s.
    await expect(drawOnce(embeddedData())).resolves.toBeUndefined();
  });
});
