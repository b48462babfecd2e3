import { describe, expect, it } from "vitest";
import { authPageHref, MAX_NEXT_LENGTH, safeInAppPath, safeNext } from "@/lib/safe-path";

describe("safeInAppPath: what may follow sign-in", () => {
  it.each([
    ["/dashboard", "/dashboard"],
    ["/offers/abc123/edit", "/offers/abc123/edit"],
    ["/questions?source=personal&q=rag", "/questions?source=personal&q=rag"],
    ["/invite/AbC-123_x", "/invite/AbC-123_x"],
    ["/plan#milestones", "/plan#milestones"],
    ["/", "/"],
    // a path that only looks like a scheme stays a path on this site
    ["/javascript:alert(1)", "/javascript:alert(1)"],
    ["/https://evil.example", "/https://evil.example"],
    // legitimate escapes inside a path or query survive unchanged
    ["/questions?q=a%20b", "/questions?q=a%20b"],
    ["/questions?q=100%", "/questions?q=100%"],
    // the browser's own resolution: dot segments removed, spaces encoded
    ["/offers/../plan", "/plan"],
    ["/questions?q=a b", "/questions?q=a%20b"],
    ["/a//b", "/a//b"],
  ])("accepts %j as %j", (input, expected) => {
    expect(safeInAppPath(input)).toBe(expected);
  });

  it.each([
    // another site, directly
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https://evil.example",
    "http:evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "dashboard",
    " /dashboard",
    "",
    // the decoded forms of the reported requests (?next=/%5Cevil.example, /%09/evil)
    "/\tevil.example",
    "/\t/evil",
    "/\n/evil",
    "/\r\n/evil",
    "/\u0000/evil",
    "/\u007f/evil",
    "/\u0085/evil",
    "/\u00a0/evil",
    "/\u200b/evil",
    "/\u202e/evil",
    "/\u2028/evil",
    "/\ufeff/evil",
    "/\ud800x",
    // the same, still encoded (a second decoding somewhere must not create them)
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%2F%2Fevil.example",
    "/%2fevil.example",
    "%2F%2Fevil.example",
    "/%09/evil",
    "/%0A/evil",
    "/%00",
    "/%E2%80%AE/evil",
    "/%255Cevil.example",
    "/%252F%252Fevil.example",
    "/%25252525252F%2Fevil", // deeper than four layers
    "/offers?x=%5C",
  ])("refuses %j", (input) => {
    expect(safeInAppPath(input)).toBeNull();
  });

  it("refuses what is not one string, and over-long paths", () => {
    expect(safeInAppPath(undefined)).toBeNull();
    expect(safeInAppPath(null)).toBeNull();
    expect(safeInAppPath(["/dashboard", "//evil"])).toBeNull();
    expect(safeInAppPath({ toString: () => "/dashboard" })).toBeNull();
    expect(safeInAppPath(`/${"a".repeat(MAX_NEXT_LENGTH - 1)}`)).toBe(`/${"a".repeat(MAX_NEXT_LENGTH - 1)}`);
    expect(safeInAppPath(`/${"a".repeat(MAX_NEXT_LENGTH)}`)).toBeNull();
  });
});

describe("safeNext", () => {
  it("falls back to the signed-in home page, or the fallback given", () => {
    expect(safeNext("/offers")).toBe("/offers");
    expect(safeNext("//evil.example")).toBe("/dashboard");
    expect(safeNext(undefined)).toBe("/dashboard");
    expect(safeNext("/%5Cevil.example", "/")).toBe("/");
  });
});

describe("authPageHref", () => {
  it("carries a safe path, encoded, and drops an unsafe or default one", () => {
    expect(authPageHref("/sign-in", "/offers/abc?tab=notes")).toBe("/sign-in?next=%2Foffers%2Fabc%3Ftab%3Dnotes");
    expect(authPageHref("/sign-up", "/invite/tok_1")).toBe("/sign-up?next=%2Finvite%2Ftok_1");
    expect(authPageHref("/sign-in", "/dashboard")).toBe("/sign-in");
    expect(authPageHref("/sign-in", "//evil.example")).toBe("/sign-in");
    expect(authPageHref("/sign-in", "")).toBe("/sign-in");
  });
});
