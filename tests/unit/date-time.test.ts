import { describe, expect, it } from "vitest";
import { formatDateTimeIn } from "@/lib/calendar/date-time";

describe("formatDateTimeIn", () => {
  it("shows the moment in the given time zone, with the zone, across a date line", () => {
    expect(formatDateTimeIn("2026-12-06T06:45:00Z", "America/New_York")).toBe("6 Dec 2026, 01:45 GMT-5");
    expect(formatDateTimeIn("2026-12-06T23:30:00Z", "Europe/Berlin")).toBe("7 Dec 2026, 00:30 CET");
    expect(formatDateTimeIn("2026-12-06T23:30:00Z", "UTC")).toBe("6 Dec 2026, 23:30 UTC");
    expect(formatDateTimeIn("2026-07-01T12:00:00Z", "Asia/Kolkata")).toBe("1 Jul 2026, 17:30 GMT+5:30");
  });
});
