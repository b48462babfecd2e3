import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/questions/cursor";
import { likeEscape, searchWords } from "@/lib/questions/search-query";

describe("search words", () => {
  it("keeps letters and digits, lower-cased, at most 8 words", () => {
    expect(searchWords("K-Means++ clustering!")).toEqual(["k", "means", "clustering"]);
    expect(searchWords("a b c d e f g h i j")).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
    expect(searchWords("Überanpassung 2024")).toEqual(["überanpassung", "2024"]);
    expect(searchWords("&|!:*()'")).toEqual([]);
  });
  it("escapes LIKE wildcards", () => {
    expect(likeEscape("100%_done\\")).toBe("100\\%\\_done\\\\");
  });
});

describe("keyset cursors", () => {
  it("round-trip", () => {
    const c = { s: "difficulty" as const, k: [2, "Title"], id: "abc" };
    expect(decodeCursor(encodeCursor(c), "difficulty")).toEqual(c);
  });
  it("reject tampering, garbage and a cursor of another sort", () => {
    const c = encodeCursor({ s: "title", k: ["x"], id: "abc" });
    for (const bad of ["not-base64!!", Buffer.from("{}").toString("base64url"), c.slice(0, -3)]) {
      expect(() => decodeCursor(bad, "title")).toThrow("This link holds values that are not valid");
    }
    expect(() => decodeCursor(c, "newest")).toThrow("This link holds values that are not valid");
  });
});
