import { describe, expect, it } from "vitest";
import { formatDateTimeIn } from "@/lib/calendar/date-time";
import { formatUtcDateTime, formatUtcDay } from "@/lib/calendar/dates";

describe("formatDateTimeIn", () => {
  it("shows the moment in the given time zone, with the zone, across a date line", () => {
    expect(formatDateTimeIn("2026-12-06T06:45:00Z", "America/New_York")).toBe("6 Dec 2026, 01:45 GMT-5");
    expect(formatDateTimeIn("2026-12-06T23:30:00Z", "Europe/Berlin")).toBe("7 Dec 2026, 00:30 CET");
    expect(formatDateTimeIn("2026-12-06T23:30:00Z", "UTC")).toBe("6 Dec 2026, 23:30 UTC");
    expect(formatDateTimeIn("2026-07-01T12:00:00Z", "Asia/Kolkata")).toBe("1 Jul 2026, 17:30 GMT+5:30");
  });
});

describe("formatUtcDay and formatUtcDateTime", () => {
  it("shows the UTC day and minute without Intl, the month as formatDate writes it", () => {
    expect(formatUtcDay("2026-12-07T09:05:00.000Z")).toBe("7 Dec 2026");
    expect(formatUtcDateTime("2026-12-07T09:05:59.999Z")).toBe("7 Dec 2026, 09:05 UTC");
    expect(formatUtcDateTime("2026-09-17T23:59:00Z")).toBe("17 Sep 2026, 23:59 UTC");
    expect(formatUtcDateTime("2026-01-01T00:00:00Z")).toBe("1 Jan 2026, 00:00 UTC");
  });

  it("reads an offset as the moment it names: the UTC day can be the next one", () => {
    expect(formatUtcDay("2026-12-06T23:30:00-05:00")).toBe("7 Dec 2026");
    expect(formatUtcDateTime("2026-12-06T23:30:00-05:00")).toBe("7 Dec 2026, 04:30 UTC");
  });

  it("matches Intl's en-GB medium date and short time in UTC but for September's short name", () => {
    const intl = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
    for (let t = Date.UTC(2025, 0, 1, 0, 7); t < Date.UTC(2028, 0, 1); t += 7 * 3_600_000 + 13 * 60_000) {
      const iso = new Date(t).toISOString();
      expect(formatUtcDateTime(iso)).toBe(`${intl.format(t).replace("Sept", "Sep")} UTC`);
    }
  });
});
