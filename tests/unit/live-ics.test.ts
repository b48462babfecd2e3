import { describe, expect, it } from "vitest";
import { buildIcs, foldLine, icsDuration, icsText, icsUtc } from "@/lib/live/ics";

describe("live mock calendar file (RFC 5545)", () => {
  it("writes UTC times without separators or milliseconds", () => {
    expect(icsUtc(new Date("2026-12-24T15:30:05.123Z"))).toBe("20261224T153005Z");
  });

  it("escapes TEXT: backslash, semicolon, comma and newlines", () => {
    expect(icsText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds lines at 75 octets without splitting a character", () => {
    const line = "DESCRIPTION:" + "é".repeat(80);
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    for (const p of parts) expect(Buffer.byteLength(p, "utf8")).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    expect(foldLine("SHORT:x")).toBe("SHORT:x");
  });

  it("durations are whole minutes, at least one", () => {
    expect(icsDuration(45)).toBe("PT45M");
    expect(icsDuration(0)).toBe("PT1M");
  });

  it("builds one VEVENT with UID, DTSTAMP, DTSTART in UTC, DURATION and escaped text, CRLF lines", () => {
    const ics = buildIcs({
      uid: "live-abc@preploop",
      start: new Date("2026-12-24T15:30:00Z"),
      durationMinutes: 60,
      summary: "Live mock interview: Behavioural, 30 minutes with Ana",
      description: "Bring water; relax\nOpen the room: http://x/live/abc",
      url: "http://x/live/abc",
      sequence: 2,
      cancelled: false,
      now: new Date("2026-12-06T11:00:00Z"),
    });
    expect(ics.endsWith("\r\n")).toBe(true);
    const lines = ics.split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines).toContain("UID:live-abc@preploop");
    expect(lines).toContain("DTSTAMP:20261206T110000Z");
    expect(lines).toContain("DTSTART:20261224T153000Z");
    expect(lines).toContain("DURATION:PT60M");
    expect(lines).toContain("SEQUENCE:2");
    expect(lines).toContain("STATUS:CONFIRMED");
    expect(lines).toContain("METHOD:PUBLISH");
    expect(lines).toContain("SUMMARY:Live mock interview: Behavioural\\, 30 minutes with Ana");
    expect(ics).toContain("DESCRIPTION:Bring water\\; relax\\nOpen the room: http://x/live/abc");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });

  it("a cancelled one says so", () => {
    const ics = buildIcs({ uid: "u", start: new Date(0), durationMinutes: 30, summary: "s", description: "d", sequence: 1, cancelled: true, now: new Date(0) });
    expect(ics).toContain("STATUS:CANCELLED\r\n");
    expect(ics).toContain("METHOD:CANCEL\r\n");
  });
});
