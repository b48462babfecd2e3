// Property tests of mock assembly (lib/mocks/selection.ts): for every template, many random
// seeds and user histories, over the real question bank plus random questions of the user's own.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planStages } from "@/lib/mocks/clock";
import { type Candidate, MOCK_DIFFICULTIES, MOCK_TYPES, RECENT_DAYS, drawMock, fitsSlot, slotMinutes } from "@/lib/mocks/selection";
import { MOCK_TEMPLATES } from "@/lib/mocks/templates";
import { readQuestionFiles } from "@/prisma/seed/questions";
import { mulberry32 } from "@/tests/support/random";

const DAY = 86_400_000;
const now = new Date("2026-12-06T09:00:00Z");
const bank = readQuestionFiles()
  .map((f) => f.content)
  .filter((q) => (MOCK_TYPES as readonly string[]).includes(q.type));
const areas = [...new Set(bank.map((q) => q.focusArea))];

/** A user's history: for each bank question, never attempted or attempted some days ago. */
const history = fc.array(fc.option(fc.integer({ min: 0, max: 40 }), { nil: null, freq: 2 }), { minLength: bank.length, maxLength: bank.length });
const ownQuestions = fc.array(
  fc.record({
    focusArea: fc.constantFrom(...areas),
    difficulty: fc.constantFrom("easy", "medium", "hard", "expert"),
    allocatedMinutes: fc.integer({ min: 1, max: 60 }),
    daysAgo: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  }),
  { maxLength: 12 },
);

function poolsOf(days: (number | null)[], own: { focusArea: string; difficulty: string; allocatedMinutes: number; daysAgo: number | null }[]) {
  const pools = new Map<string, Candidate[]>();
  const add = (area: string, c: Candidate) => pools.set(area, [...(pools.get(area) ?? []), c]);
  bank.forEach((q, i) =>
    add(q.focusArea, {
      id: q.slug,
      difficulty: q.difficulty.toLowerCase(),
      allocatedMinutes: q.allocatedMinutes,
      lastAttemptAt: days[i] === null ? null : new Date(now.getTime() - days[i]! * DAY),
    }),
  );
  own.forEach((o, i) =>
    add(o.focusArea, { id: `own-${i}`, difficulty: o.difficulty, allocatedMinutes: o.allocatedMinutes, lastAttemptAt: o.daysAgo === null ? null : new Date(now.getTime() - o.daysAgo * DAY) }),
  );
  return pools;
}

const recent = (c: Candidate) => c.lastAttemptAt !== null && c.lastAttemptAt.getTime() >= now.getTime() - RECENT_DAYS * DAY;

describe("mock assembly properties", () => {
  it("for every template, seed and history: the mock starts, every question fits its slot, none repeats, the 7-day rule holds while the pool allows and a relaxation names its block", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MOCK_TEMPLATES),
        fc.constantFrom(...MOCK_DIFFICULTIES),
        fc.integer(),
        history,
        ownQuestions,
        (template, difficulty, seed, days, own) => {
          const pools = poolsOf(days, own);
          const byId = new Map([...pools.values()].flat().map((c) => [c.id, c]));
          const draw = drawMock(template, (a) => pools.get(a) ?? [], difficulty, now, mulberry32(seed));
          // The bank alone has enough fitting questions for every block: the mock always starts.
          expect(draw.ok).toBe(true);
          if (!draw.ok) return;
          const ids = draw.chosen.map((c) => c.questionId);
          expect(new Set(ids).size).toBe(ids.length);
          const used = new Set<string>();
          for (const stage of planStages(template, 1)) {
            if (stage.kind !== "block") continue;
            const minutes = slotMinutes({ minutes: stage.ms, questionCount: stage.count });
            const drawn = draw.chosen.filter((c) => c.slot >= stage.firstSlot && c.slot < stage.firstSlot + stage.count).map((c) => byId.get(c.questionId)!);
            expect(drawn).toHaveLength(stage.count);
            for (const q of drawn) expect(fitsSlot(q, minutes), `${q.id} (${q.allocatedMinutes} min) in ${minutes}-minute slot`).toBe(true);
            const reused = drawn.filter(recent).length;
            const relaxation = draw.relaxations.find((r) => r.block === stage.label);
            const freshLeft = (pools.get(stage.focusArea) ?? []).filter((c) => !used.has(c.id) && fitsSlot(c, minutes) && !recent(c));
            if (freshLeft.length >= stage.count) {
              // The pool allows the rule: it holds, and nothing is said.
              expect(reused).toBe(0);
              expect(relaxation).toBeUndefined();
            } else {
              // It cannot hold: every fresh fitting question is drawn, and the relaxation says how many were reused.
              expect(drawn.filter((q) => !recent(q)).map((q) => q.id).sort()).toEqual(freshLeft.map((c) => c.id).sort());
              expect(relaxation).toMatchObject({ rule: "recent-days", reused });
              expect(relaxation!.message).toContain(`${RECENT_DAYS}-day no-repeat rule was relaxed`);
            }
            drawn.forEach((q) => used.add(q.id));
          }
          expect(draw.relaxations.length).toBe(new Set(draw.relaxations.map((r) => r.block)).size);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("with pools too small to fit a block, fails naming that block and never draws a question that does not fit", () => {
    fc.assert(
      fc.property(fc.constantFrom(...MOCK_TEMPLATES), fc.integer(), ownQuestions, (template, seed, own) => {
        const pools = poolsOf([], own);
        const draw = drawMock(template, (a) => (pools.get(a) ?? []).filter((c) => c.id.startsWith("own-")), "mixed", now, mulberry32(seed));
        const blocks = planStages(template, 1).filter((s) => s.kind === "block");
        if (draw.ok) {
          const byId = new Map([...pools.values()].flat().map((c) => [c.id, c]));
          for (const c of draw.chosen) {
            const block = blocks.find((b) => c.slot >= b.firstSlot && c.slot < b.firstSlot + b.count)!;
            expect(fitsSlot(byId.get(c.questionId)!, slotMinutes({ minutes: block.ms, questionCount: block.count }))).toBe(true);
          }
        } else {
          const block = blocks.find((b) => b.label === draw.block)!;
          expect(draw.fitting).toBeLessThan(block.count);
          expect(draw.count).toBe(block.count);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("every Session-1-style slot has a time-appropriate pool: each block's fitting bank questions are at least twice its count", () => {
    for (const template of MOCK_TEMPLATES) {
      for (const stage of planStages(template, 1)) {
        if (stage.kind !== "block") continue;
        const minutes = slotMinutes({ minutes: stage.ms, questionCount: stage.count });
        const fitting = bank.filter((q) => q.focusArea === stage.focusArea && fitsSlot(q, minutes));
        expect(fitting.length, `${template.id}: ${stage.label}`).toBeGreaterThanOrEqual(2 * stage.count);
      }
    }
  });
});
