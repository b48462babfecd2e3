import { describe, expect, it } from "vitest";
import { nextBatch, presenceAt, presenceTtlMs, resumeAfter, sseComment, sseFrame, visibleTo } from "@/lib/live/replay";

const at = new Date("2026-12-06T10:00:00Z");
const ev = (id: number, kind = "hint", audience = "all") => ({ id: BigInt(id), kind, audience, payload: { n: id }, createdAt: at });

describe("resume id", () => {
  it("prefers the Last-Event-ID header, then the query, else 0", () => {
    expect(resumeAfter("12", "5")).toBe(12n);
    expect(resumeAfter(null, "5")).toBe(5n);
    expect(resumeAfter(undefined, undefined)).toBe(0n);
    expect(resumeAfter(" 7 ", null)).toBe(7n);
  });
  it("ignores what is not a whole number (falls through to the next source)", () => {
    expect(resumeAfter("abc", "9")).toBe(9n);
    expect(resumeAfter("-1", null)).toBe(0n);
    expect(resumeAfter("1.5", "x")).toBe(0n);
    expect(resumeAfter("1".repeat(19), null)).toBe(0n);
  });
});

describe("next batch", () => {
  it("returns events strictly after the last id, in id order, each once", () => {
    const rows = [ev(5), ev(3), ev(4), ev(4), ev(2)];
    const { events, last } = nextBatch(rows, 2n, "candidate");
    expect(events.map((e) => e.id)).toEqual(["3", "4", "5"]);
    expect(last).toBe(5n);
    expect(events[0]).toEqual({ id: "3", kind: "hint", payload: { n: 3 }, at: "2026-12-06T10:00:00.000Z" });
  });

  it("keeps the last id when there is nothing new", () => {
    expect(nextBatch([ev(1), ev(2)], 2n, "mentor")).toEqual({ events: [], last: 2n });
  });

  it("skips mentor-only events for the candidate but moves past them", () => {
    const rows = [ev(1), ev(2, "answer", "mentor"), ev(3)];
    const c = nextBatch(rows, 0n, "candidate");
    expect(c.events.map((e) => e.id)).toEqual(["1", "3"]);
    expect(c.last).toBe(3n);
    const hidden = nextBatch([ev(4, "answer", "mentor")], 3n, "candidate");
    expect(hidden).toEqual({ events: [], last: 4n });
    expect(nextBatch(rows, 0n, "mentor").events.map((e) => e.id)).toEqual(["1", "2", "3"]);
  });

  it("a reconnect after any prefix gives the rest: no gap, no duplicate", () => {
    const rows = Array.from({ length: 10 }, (_, i) => ev(i + 1));
    for (let cut = 0; cut <= 10; cut++) {
      const first = nextBatch(rows.slice(0, cut), 0n, "mentor");
      const second = nextBatch(rows, first.last, "mentor");
      expect([...first.events, ...second.events].map((e) => Number(e.id))).toEqual(rows.map((r) => Number(r.id)));
    }
  });

  it("audience rule", () => {
    expect(visibleTo("candidate", "all")).toBe(true);
    expect(visibleTo("candidate", "mentor")).toBe(false);
    expect(visibleTo("mentor", "mentor")).toBe(true);
    expect(visibleTo("mentor", "other")).toBe(false);
  });
});

describe("SSE framing", () => {
  it("writes id, event and one JSON data line", () => {
    expect(sseFrame({ id: "7", kind: "hint", data: { text: "a\nb" } })).toBe('id: 7\nevent: hint\ndata: {"text":"a\\nb"}\n\n');
    expect(sseFrame({ kind: "closed", data: {} })).toBe("event: closed\ndata: {}\n\n");
  });
  it("comments cannot break out of their line", () => {
    expect(sseComment("a\nb")).toBe(": a b\n\n");
  });
});

describe("presence", () => {
  const now = new Date("2026-12-06T15:00:00.000Z");
  const row = (role: string, msFromNow: number) => ({ role, expiresAt: new Date(now.getTime() + msFromNow) });
  it("a side is here while one of its connections has not expired", () => {
    expect(presenceAt([], now)).toEqual({ candidate: false, mentor: false });
    expect(presenceAt([row("candidate", 1), row("mentor", 0)], now)).toEqual({ candidate: true, mentor: false });
    // Two tabs: one lapsed, one fresh: still here.
    expect(presenceAt([row("mentor", -1), row("mentor", 30_000)], now)).toEqual({ candidate: false, mentor: true });
    // Expired a millisecond ago: away (a crashed instance's row).
    expect(presenceAt([row("candidate", -1)], now)).toEqual({ candidate: false, mentor: false });
    expect(presenceAt([row("x", 60_000)], now)).toEqual({ candidate: false, mentor: false });
  });
  it("lasts two heartbeats", () => {
    expect(presenceTtlMs(15_000)).toBe(30_000);
    expect(presenceTtlMs(500)).toBe(1_000);
  });
});
