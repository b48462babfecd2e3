import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import raw from "@/lib/plan/data/career-content.json";
import { careerContent, findStage } from "@/lib/plan/content";
import { CJK, careerContentSchema } from "@/lib/plan/content-schema";

// The seed's career sections, copied verbatim into the repository beside the content.
const seed = readFileSync(
  path.resolve(import.meta.dirname, "../../lib/plan/data/seed-career-sections.md"),
  "utf8",
);

/** Every Chinese passage of the seed: bullets are written inline as " -passage -passage". */
function chinesePassages(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    if (!CJK.test(line)) continue;
    const body = line.replace(/^\*\*[^*]+\*\*[^:]*:/, "");
    for (const piece of body.split(/(?:^|\s)-/)) {
      const p = piece.trim();
      if (p && CJK.test(p)) out.push(p);
    }
  }
  return out;
}

type Text = { en: string; zh?: string };
function texts(node: unknown, out: Text[] = []): Text[] {
  if (Array.isArray(node)) node.forEach((n) => texts(n, out));
  else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (typeof o.en === "string") out.push(o as Text);
    else Object.values(o).forEach((v) => texts(v, out));
  }
  return out;
}

describe("career content", () => {
  const all = texts(raw);

  it("is valid", () => {
    expect(careerContentSchema.safeParse(raw).success).toBe(true);
  });

  it("has an English rendering of every Chinese passage of the seed's career sections", () => {
    const passages = chinesePassages(seed);
    // 3 + 4 (IC Senior→Staff, Staff→Principal), 16 (management), 4 (hybrid), 12 (brand), 12 (vision), 12 (learning).
    expect(passages).toHaveLength(63);
    const byZh = new Map(all.filter((t) => t.zh).map((t) => [t.zh!, t.en]));
    const missing = passages.filter((p) => !byZh.get(p)?.trim());
    expect(missing).toEqual([]);
    // And nothing in the content claims a Chinese original the seed does not have.
    expect([...byZh.keys()].filter((zh) => !passages.includes(zh))).toEqual([]);
  });

  it("leaves no Chinese characters in any English string", () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((t) => CJK.test(t.en)).map((t) => t.en)).toEqual([]);
  });

  it("has the seed's tracks with their year ranges", () => {
    const ic = careerContent.tracks.find((t) => t.id === "individual-contributor")!;
    expect(ic.stages.map((s) => [s.title.en, s.years])).toEqual([
      ["AI Engineer I → II", { from: 1, to: 3 }],
      ["AI Engineer II → Senior", { from: 3, to: 6 }],
      ["Senior → Staff", { from: 6, to: 10 }],
      ["Staff → Principal", { from: 10, to: null }],
    ]);
    const mgmt = careerContent.tracks.find((t) => t.id === "management")!;
    expect(mgmt.stages.map((s) => s.years)).toEqual([
      { from: 4, to: 7 },
      { from: 6, to: 10 },
      { from: 9, to: 15 },
      { from: 12, to: 20 },
    ]);
    expect(careerContent.tracks.find((t) => t.id === "hybrid")!.stages.map((s) => s.title.en)).toEqual([
      "Technical Product Manager",
      "Research Scientist",
      "AI Consultant/Freelancer",
      "AI Startup Founder",
    ]);
    expect(findStage("management", "senior-to-staff")).toBeUndefined();
  });

  it("has the skills matrix for four levels and three dimensions", () => {
    expect(careerContent.skillsMatrix.levels.map((l) => l.name.en)).toEqual([
      "Junior",
      "Mid-level",
      "Senior",
      "Staff/Principal",
    ]);
    expect(careerContent.skillsMatrix.dimensions.map((d) => d.name.en)).toEqual([
      "Machine Learning Expertise",
      "System Design Capability",
      "Business Impact",
    ]);
  });
});
