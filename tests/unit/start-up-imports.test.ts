import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CURRENCIES } from "@/lib/offers/data/currencies";
import { readSource } from "@/tests/support/source-files";

// Issue 20, Lighthouse mobile (decision 0025, Session 8): what the mock report, the plan and the
// offer comparison load while they start is what their client components import statically.
// Forms that are closed at first (the plan's "Edit track and targets", a milestone's form) are
// imported with import() when opened, and the browser's money, benefit and selection helpers
// do not pull zod in (its parse of fixed data ran on every offers page start).

/** Files a module imports statically (value imports and re-exports; `import type` and import() left out). */
function staticImports(file: string): string[] {
  const text = readSource(file);
  const specs = [
    ...[...text.matchAll(/(?:^|\n)\s*(?:import|export)(\s+type)?\b[^"';]*?\bfrom\s*"([^"]+)"/g)]
      .filter((m) => !m[1])
      .map((m) => m[2]!),
    ...[...text.matchAll(/(?:^|\n)\s*import\s*"([^"]+)"/g)].map((m) => m[1]!),
  ];
  return specs.map((spec) => {
    if (spec.startsWith("@/")) return resolve(spec.slice(2));
    if (spec.startsWith(".")) return resolve(path.posix.join(path.posix.dirname(file), spec));
    return spec; // a package
  });
}

function resolve(base: string): string {
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find((f) => fs.existsSync(f)) ?? base;
}

/** Every file and package reached from `file` through static imports. */
function closure(file: string): Set<string> {
  const seen = new Set<string>([file]);
  const todo = [file];
  while (todo.length) {
    for (const next of staticImports(todo.pop()!)) {
      if (seen.has(next)) continue;
      seen.add(next);
      if (/\.tsx?$/.test(next)) todo.push(next);
    }
  }
  return seen;
}

describe("what the report, the plan and the comparison load at start-up", () => {
  it("reads imports the way the bundler does (static ones only)", () => {
    const imports = staticImports("components/plan/milestone-list.tsx");
    expect(imports).toContain("components/plan/milestone-card.tsx");
    expect(imports).toContain("react");
    // `import type { MilestoneValues } from "./milestone-form"` brings no code.
    expect(imports).not.toContain("components/plan/milestone-form.tsx");
  });

  it("the plan's closed forms are not in its start-up: they load when opened", () => {
    expect(closure("components/plan/milestone-list.tsx")).not.toContain("components/plan/milestone-form.tsx");
    expect(closure("components/plan/plan-editor.tsx")).not.toContain("components/plan/plan-form.tsx");
  });

  it("the plan's network goals do not import the career content (the page passes the kinds and suggestions)", () => {
    const text = readSource("components/plan/network-plan.tsx");
    expect(text).not.toMatch(/import\s+\{[^}]*\}\s+from\s+"@\/lib\/plan\/content"/);
  });

  it("the browser's money, benefit and selection helpers do not import zod", () => {
    for (const file of [
      "lib/offers/money.ts",
      "lib/offers/benefit-items.ts",
      "lib/offers/selection-query.ts",
      "components/offers/benefits-list.tsx",
      // The report's score forms and the plan's charts and lists read these at start-up.
      "lib/practice/data/evaluation.ts",
      "lib/plan/content.ts",
      // The report's recording players.
      "components/speech/recording-playback.tsx",
    ]) {
      expect(
        [...closure(file)].filter((f) => f === "zod" || f.startsWith("zod/")),
        file,
      ).toEqual([]);
    }
  });

  it("the offer comparison's matrix editor reaches no zod at start-up (its check loads on first use)", () => {
    const zod = [...closure("components/offers/matrix-editor.tsx")].filter(
      (f) => f === "zod" || f.startsWith("zod/"),
    );
    expect(zod).toEqual([]);
    expect(closure("components/offers/matrix-editor.tsx")).not.toContain("lib/offers/criteria-form.ts");
  });

  // Session 10: the criteria-and-weights form is light until sent (weights-island.tsx).
  it("the offer comparison's matrix editor reaches no react-hook-form: the weights form mounts on its first submit", () => {
    const reached = closure("components/offers/matrix-editor.tsx");
    expect([...reached].filter((f) => /^(react-hook-form|@hookform\/)/.test(f))).toEqual([]);
    expect(reached).toContain("components/offers/weights-island.tsx");
    expect(reached).not.toContain("components/offers/weights-form.tsx");
    expect(reached).not.toContain("lib/client/use-api-form.ts");
    // …and the form it mounts is the one pattern (useApiForm).
    expect(closure("components/offers/weights-form.tsx")).toContain("lib/client/use-api-form.ts");
  });

  it("the sign-in form's first paint reaches neither react-hook-form nor zod (the interactive form loads on first use)", () => {
    const reached = closure("components/accounts/sign-in-form.tsx");
    expect([...reached].filter((f) => /^(react-hook-form|@hookform\/|zod)/.test(f))).toEqual([]);
    expect(reached).not.toContain("components/accounts/sign-in-form-live.tsx");
    expect(reached).not.toContain("lib/client/use-api-form.ts");
    // …and the interactive form is the one pattern (useApiForm).
    expect(closure("components/accounts/sign-in-form-live.tsx")).toContain("lib/client/use-api-form.ts");
  });

  it("the currencies (no longer parsed with zod at load) are well formed", () => {
    expect(CURRENCIES.length).toBe(14);
    expect(new Set(CURRENCIES.map((c) => c.code)).size).toBe(CURRENCIES.length);
    for (const c of CURRENCIES) {
      expect(c.code).toMatch(/^[A-Z]{3}$/);
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.locale.length).toBeGreaterThanOrEqual(2);
      // Intl knows both: the code as an ISO 4217 currency, the locale as a language tag.
      expect(
        new Intl.NumberFormat(c.locale, { style: "currency", currency: c.code }).resolvedOptions().currency,
      ).toBe(c.code);
      expect(Intl.getCanonicalLocales(c.locale)).toEqual([c.locale]);
    }
  });
});

// Session 9: the report's 16 score forms, its "Ask for a review" and after-interview checklist, and
// the plan's network goals and project extension brought react-hook-form (the forms) or zod (the
// project extension's schemas beside its helpers) into the pages' start-up.
describe("the report's and the plan's forms are light until sent", () => {
  const reaches = (file: string, pkg: string) => [...closure(file)].filter((f) => f === pkg || f.startsWith(`${pkg}/`));

  it("the report's client parts reach neither react-hook-form nor zod; the page imports the forms only through them", () => {
    // Session 11: the model answers drawn on open (components/mocks/model-answer.tsx) too.
    for (const file of ["components/mocks/score-island.tsx", "components/mentors/ask-for-review.tsx", "components/mocks/model-answer.tsx", "components/practice/score-fields.tsx", "components/practice/interview-checklist.tsx"]) {
      expect(reaches(file, "react-hook-form"), file).toEqual([]);
      expect(reaches(file, "zod"), file).toEqual([]);
    }
    expect(closure("components/mocks/score-island.tsx")).not.toContain("components/practice/score-form.tsx");
    // Session 12: "Ask for a review" is light until used (its live form loads on first use).
    expect(closure("components/mentors/ask-for-review.tsx")).not.toContain("components/mentors/ask-for-review-live.tsx");
    // The model answer's HTML comes from the server: no Markdown pipeline in the browser for it.
    for (const pkg of ["react-markdown", "unified"]) expect(reaches("components/mocks/model-answer.tsx", pkg)).toEqual([]);
    const page = staticImports("app/(app)/mocks/[id]/report/page.tsx");
    expect(page).toContain("components/mocks/score-island.tsx");
    for (const form of ["components/practice/score-form.tsx", "components/mentors/ask-for-review-live.tsx", "components/practice/interviews.tsx"]) {
      expect(page).not.toContain(form);
    }
  });

  it("the plan page's client components (network goals, project extension, the new-plan form) reach neither react-hook-form nor zod", () => {
    for (const file of ["components/plan/network-plan.tsx", "components/plan/project-extension.tsx"]) {
      expect(reaches(file, "react-hook-form"), file).toEqual([]);
      expect(reaches(file, "zod"), file).toEqual([]);
    }
    expect(closure("components/plan/network-plan.tsx")).not.toContain("components/plan/network-goal-form.tsx");
    // The page without a plan draws the plan form through plan-editor's lazy NewPlanForm: a static
    // import by the page made react-hook-form part of every /plan start-up.
    const clientModules = staticImports("app/(app)/plan/page.tsx").filter((f) => /\.tsx?$/.test(f) && readSource(f).startsWith('"use client"'));
    expect(clientModules).toContain("components/plan/plan-editor.tsx");
    for (const file of clientModules) {
      expect(reaches(file, "react-hook-form"), file).toEqual([]);
      expect(reaches(file, "zod"), file).toEqual([]);
    }
  });
});

// Session 10: the learning log's next/dynamic chart is not in the plan page's start-up
// (components/plan/lazy-learning-chart.tsx, used only by /plan/learning).
describe("what the plan page loads at start-up (session 10)", () => {
  it("no client module of the plan page reaches next/dynamic", () => {
    const clientModules = [...closure("app/(app)/plan/page.tsx")].filter((f) => /\.tsx?$/.test(f) && readSource(f).startsWith('"use client"'));
    expect(clientModules).toContain("components/plan/lazy-charts.tsx");
    expect(clientModules.filter((f) => staticImports(f).includes("next/dynamic"))).toEqual([]);
  });
});
