import { describe, expect, it } from "vitest";
import { suggestedStart, utcToZoned, zoneOffsetMinutes, zonedToUtc } from "@/lib/live/time";

describe("schedule times in the user's time zone", () => {
  it("knows offsets on both sides of DST", () => {
    expect(zoneOffsetMinutes(new Date("2026-01-15T12:00:00Z"), "Europe/Berlin")).toBe(60);
    expect(zoneOffsetMinutes(new Date("2026-07-15T12:00:00Z"), "Europe/Berlin")).toBe(120);
    expect(zoneOffsetMinutes(new Date("2026-07-15T12:00:00Z"), "America/New_York")).toBe(-240);
    expect(zoneOffsetMinutes(new Date("2026-07-15T12:00:00Z"), "Asia/Kolkata")).toBe(330);
    expect(zoneOffsetMinutes(new Date("2026-07-15T12:00:00Z"), "UTC")).toBe(0);
  });

  it("reads a wall time in a zone as the right instant", () => {
    expect(zonedToUtc("2026-12-24T15:30", "Europe/Berlin")?.toISOString()).toBe("2026-12-24T14:30:00.000Z");
    expect(zonedToUtc("2026-07-01T09:00", "America/New_York")?.toISOString()).toBe("2026-07-01T13:00:00.000Z");
    expect(zonedToUtc("2026-07-01T09:00", "UTC")?.toISOString()).toBe("2026-07-01T09:00:00.000Z");
    // The evening before the clocks go back in New York (1 Nov 2026).
    expect(zonedToUtc("2026-10-31T23:00", "America/New_York")?.toISOString()).toBe("2026-11-01T03:00:00.000Z");
    expect(zonedToUtc("2026-11-01T12:00", "America/New_York")?.toISOString()).toBe("2026-11-01T17:00:00.000Z");
  });

  it("refuses what is not a datetime-local value", () => {
    expect(zonedToUtc("2026-12-24 15:30", "UTC")).toBeNull();
    expect(zonedToUtc("", "UTC")).toBeNull();
  });

  it("round-trips", () => {
    for (const tz of ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC"]) {
      const local = "2026-03-10T18:45";
      expect(utcToZoned(zonedToUtc(local, tz)!, tz)).toBe(local);
    }
  });
});

describe("the suggested start", () => {
  it("is the whole hour one day later", () => {
    expect(suggestedStart(new Date("2026-12-06T11:47:31.500Z")).toISOString()).toBe("2026-12-07T11:00:00.000Z");
  });
});
