import { describe, expect, it } from "vitest";
import { preferredCoding, preferredLanguage, preferredMediaType } from "./negotiation.ts";

describe("preferredCoding", () => {
  it("reads Accept-Encoding as RFC 9110 says", () => {
    const gzip = [
      "gzip",
      "GZIP",
      "x-gzip",
      "gzip, deflate, br",
      "br;q=1, gzip;q=0.5",
      "*",
      "gzip, identity;q=0",
    ];
    const identity = [
      "",
      "identity",
      "br",
      "deflate",
      "gzip;q=0",
      "gzip; q=0.000",
      "gzip;q=0, *",
      "gzip;q=0.5, identity;q=1",
      "identity, *;q=0.1",
    ];
    for (const header of gzip) expect(preferredCoding(header, true), header).toBe("gzip");
    for (const header of identity) expect(preferredCoding(header, true), header).toBe("identity");
    // No header: the client said nothing, so it gets the bytes as they are.
    expect(preferredCoding(undefined, true)).toBe("identity");
    // Refusing identity refuses the only coding a small answer has.
    for (const header of ["identity;q=0", "*;q=0", "br, identity;q=0"]) {
      expect(preferredCoding(header, false), header).toBeUndefined();
    }
    expect(preferredCoding("identity;q=0", true)).toBeUndefined();
    expect(preferredCoding("*;q=0.1, identity;q=0", true)).toBe("gzip");
  });

  it("takes the best q-value of gzip named twice", () => {
    expect(preferredCoding("gzip;q=0, x-gzip;q=0.3", true)).toBe("gzip");
  });
});

describe("preferredMediaType", () => {
  const offered = ["application/json", "text/csv"] as const;
  it("weighs each type by the most specific range that names it", () => {
    expect(preferredMediaType(undefined, offered)).toBe("application/json");
    expect(preferredMediaType("*/*", offered)).toBe("application/json");
    expect(preferredMediaType("application/json;q=0, */*", offered)).toBe("text/csv");
    expect(preferredMediaType("text/*;q=0.9, application/json;q=0.5", offered)).toBe("text/csv");
    expect(preferredMediaType("text/csv;q=0.5, application/*", offered)).toBe("application/json");
    expect(preferredMediaType("TEXT/CSV", offered)).toBe("text/csv");
    expect(preferredMediaType("application/xml, text/csv;q=0", offered)).toBeUndefined();
    expect(preferredMediaType("*/*;q=0", offered)).toBeUndefined();
  });
});

describe("preferredLanguage", () => {
  const offered = ["en", "id"] as const;
  it("takes the best-weighted offered language, by region or by prefix, English when none is allowed", () => {
    expect(preferredLanguage("id-ID,id;q=0.9,en;q=0.8", offered)).toBe("id");
    expect(preferredLanguage("en-GB", offered)).toBe("en");
    expect(preferredLanguage("fr, id;q=0.5", offered)).toBe("id");
    expect(preferredLanguage("id;q=0, *", offered)).toBe("en");
    expect(preferredLanguage("fr", offered)).toBe("en");
    expect(preferredLanguage(undefined, offered)).toBe("en");
  });
});
