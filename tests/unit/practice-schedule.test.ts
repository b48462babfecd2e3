import { describe, expect, it } from "vitest";
import { checklistProgress } from "@/lib/practice/checklist-progress";
import { CHECKLISTS } from "@/lib/practice/data/checklists";
import { forecast, labelledForecast, localDate } from "@/lib/practice/forecast";
import { RATING } from "@/lib/practice/rating";
import { nextCard } from "@/lib/practice/scheduler";
import { answerAsMarkdown, formatForType, isBlank } from "@/lib/practice/answer";

const now = new Date("2026-03-10T12:00:00Z");
const day = 86_400_000;

describe("FSRS scheduling (ts-fsrs, no fuzz, no minute steps)", () => {
  it("schedules a first review further out the better the rating", () => {
    const due = (r: (typeof RATING)[keyof typeof RATING]) => (nextCard(null, r, now).due.getTime() - now.getTime()) / day;
    const again = due(RATING.Again);
    const hard = due(RATING.Hard);
    const good = due(RATING.Good);
    const easy = due(RATING.Easy);
    expect(again).toBeGreaterThanOrEqual(1); // days, not minutes
    expect(again).toBeLessThanOrEqual(hard);
    expect(hard).toBeLessThanOrEqual(good);
    expect(good).toBeLessThan(easy);
  });

  it("is deterministic and counts repetitions and lapses", () => {
    const a = nextCard(null, RATING.Good, now);
    expect(nextCard(null, RATING.Good, now)).toEqual(a);
    expect(a.reps).toBe(1);
    const later = new Date(a.due.getTime());
    const lapse = nextCard(a, RATING.Again, later);
    expect(lapse.reps).toBe(2);
    expect(lapse.lapses).toBe(1);
    expect(lapse.due.getTime() - later.getTime()).toBeLessThan(a.due.getTime() - now.getTime() + day);
  });
});

describe("review forecast", () => {
  it("buckets due dates by local day; overdue counts today; beyond the horizon is left out", () => {
    const dues = [
      new Date("2026-03-01T00:00:00Z"), // overdue → today
      new Date("2026-03-10T23:30:00Z"), // UTC 10 Mar, but 11 Mar 00:30 in Berlin (UTC+1)
      new Date("2026-03-12T08:00:00Z"),
      new Date("2026-03-12T09:00:00Z"),
      new Date("2026-03-30T09:00:00Z"), // beyond 14 days
    ];
    const f = forecast(dues, now, "Europe/Berlin");
    expect(f).toHaveLength(14);
    expect(f[0]).toEqual({ date: "2026-03-10", count: 1 });
    expect(f[1]).toEqual({ date: "2026-03-11", count: 1 });
    expect(f[2]).toEqual({ date: "2026-03-12", count: 2 });
    expect(f[13]!.date).toBe("2026-03-23");
    expect(f.reduce((a, d) => a + d.count, 0)).toBe(4);
    expect(localDate(new Date("2026-03-10T23:30:00Z"), "UTC")).toBe("2026-03-10");
  });

  it("labels the chart's days: Today, then the weekday and day of the month", () => {
    const f = labelledForecast([
      { date: "2026-03-10", count: 1 },
      { date: "2026-03-11", count: 0 },
      { date: "2026-03-12", count: 2 },
    ]);
    expect(f).toEqual([
      { date: "2026-03-10", count: 1, label: "Today" },
      { date: "2026-03-11", count: 0, label: "Wed 11" },
      { date: "2026-03-12", count: 2, label: "Thu 12" },
    ]);
  });
});

describe("checklists and answers", () => {
  it("holds the guide's 5 + 5 + 4 items and counts progress per phase", () => {
    expect(CHECKLISTS.map((g) => g.items.length)).toEqual([5, 5, 4]);
    const p = checklistProgress(["before-project-stories", "during-clarify", "during-validate", "retired-key"]);
    expect(p).toEqual({
      done: 3,
      total: 14,
      byPhase: [
        { phase: "before", done: 1, total: 5 },
        { phase: "during", done: 2, total: 5 },
        { phase: "after", done: 0, total: 4 },
      ],
    });
  });

  it("picks the editor from the question type", () => {
    expect(formatForType("behavioural")).toBe("STAR");
    expect(formatForType("coding")).toBe("CODE");
    expect(formatForType("system-design")).toBe("MARKDOWN");
    expect(formatForType("quiz")).toBe("MARKDOWN");
  });

  it("renders saved answers as Markdown, fencing code safely", () => {
    expect(answerAsMarkdown("CODE", { code: "x = '```'" })).toBe("````python\nx = '```'\n````");
    expect(answerAsMarkdown("STAR", { situation: "S", task: "", action: "A", result: "R" })).toBe(
      "**Situation.** S\n\n**Task.** _(empty)_\n\n**Action.** A\n\n**Result.** R",
    );
    expect(isBlank({ text: "  " })).toBe(true);
    expect(isBlank({ code: "pass" })).toBe(false);
  });
});
