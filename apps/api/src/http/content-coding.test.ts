import { describe, expect, it } from "vitest";
import { decodedText } from "../test/decode.ts";
import { gzip } from "./content-coding.ts";

describe("gzip", () => {
  it("gives bytes that gunzip to the same text", async () => {
    const text = "Putin menegaskan “keseimbangan baru”. ".repeat(100);
    const bytes = await gzip(new TextEncoder().encode(text));
    expect(bytes.length).toBeLessThan(text.length / 4);
    const response = new Response(bytes, { headers: { "content-encoding": "gzip" } });
    expect(await decodedText(response)).toBe(text);
  });
});
