// The live-mock schedule form's schema (components/live/schedule-form.tsx on the one form
// pattern): the API's fields, with the date and time as typed in a datetime-local input.
import { describe, expect, it } from "vitest";
import { liveScheduleFormSchema } from "@/lib/live/schema";

const valid = { mentorshipId: "m1", templateId: "full", scheduledAt: "2026-12-24T15:30", durationMinutes: 60, note: "  Focus on design  " };

const messages = (values: unknown) => {
  const r = liveScheduleFormSchema.safeParse(values);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("liveScheduleFormSchema", () => {
  it("passes the typed values, trimming the note", () => {
    expect(liveScheduleFormSchema.parse(valid)).toEqual({ ...valid, note: "Focus on design" });
  });

  it("asks for a date and a time when the input is empty or not a datetime-local value", () => {
    expect(messages({ ...valid, scheduledAt: "" })).toEqual(["scheduledAt: Choose a date and a time."]);
    expect(messages({ ...valid, scheduledAt: "2026-12-24" })).toEqual(["scheduledAt: Choose a date and a time."]);
  });

  it("keeps the API's limits on the length: 15 to 240 whole minutes, an empty input refused", () => {
    expect(messages({ ...valid, durationMinutes: 14 })).toEqual(["durationMinutes: At least 15 minutes."]);
    expect(messages({ ...valid, durationMinutes: 15 })).toEqual([]);
    expect(messages({ ...valid, durationMinutes: 240 })).toEqual([]);
    expect(messages({ ...valid, durationMinutes: 241 })).toEqual(["durationMinutes: At most 240 minutes."]);
    expect(messages({ ...valid, durationMinutes: null })).toEqual(["durationMinutes: Choose a whole number of minutes."]);
  });

  it("refuses a missing interviewer and an unknown format", () => {
    expect(messages({ ...valid, mentorshipId: "" })).toEqual(["mentorshipId: Choose one of your mentors."]);
    expect(messages({ ...valid, templateId: "nope" })[0]).toMatch(/^templateId: Choose a mock: /);
  });
});
