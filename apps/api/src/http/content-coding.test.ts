import { describe, expect, it } from "vitest";
import { decodedText } from "../test/decode.ts";
import { acceptsGzip, gzip, qValue } from "./content-coding.ts";

describe("acceptsGzip", () => {
  it("reads Accept-Encoding as RFC 9110 says", () => {
    const yes = [
      "gzip",
      "GZIP",
      "x-gzip",
      "gzip, deflate, br",
      "br;q=1, gzip;q=0.5",
      "*",
      "identity, *;q=0.1",
    ];
    const no = [
      "",
      "identity",
      "br",
      "deflate",
      "gzip;q=0",
      "gzip; q=0.000",
      "*;q=0",
      "gzip;q=0, *",
      "gzip;q=x",
    ];
    for (const header of yes) expect(acceptsGzip(header), header).toBe(true);
    for (const header of no) expect(acceptsGzip(header), header).toBe(false);
    // No header: the client said nothing, so it gets the bytes as they are.
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it("takes the best q-value of gzip named twice", () => {
    expect(acceptsGzip("gzip;q=0, x-gzip;q=0.3")).toBe(true);
  });
});

describe("qValue", () => {
  it("is 1 when absent, clamped to 0..1, and 0 when not a number", () => {
    expect(qValue([])).toBe(1);
    expect(qValue(["q=0.25"])).toBe(0.25);
    expect(qValue(["q=2"])).toBe(1);
    expect(qValue(["q=-1"])).toBe(0);
    expect(qValue(["q=abc"])).toBe(0);
  });
});

describe("gzip", () => {
  it("gives bytes that gunzip to the same text", async () => {
    const text = "Putin menegaskan “keseimbangan baru”. ".repeat(100);
    const bytes = await gzip(new TextEncoder().encode(text));
    expect(bytes.length).toBeLessThan(text.length / 4);
    const response = new Response(bytes, { headers: { "content-encoding": "gzip" } });
    expect(await decodedText(response)).toBe(text);
  });
});
