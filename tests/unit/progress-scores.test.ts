import { describe, expect, it } from "vitest";
import {
  answerCells,
  domainSeries,
  meanOfFractions,
  readinessSeries,
  selfCells,
  weeklyTime,
  type WeeklyAreaScores,
  type WeeklyPractice,
  type WeeklySelf,
} from "@/lib/progress/series";
import { rankWeakest } from "@/lib/progress/weakest";

const W1 = "2026-11-16";
const W2 = "2026-11-23";
const W3 = "2026-11-30";
const weeks = [W1, W2, W3];

const practice = (
  week: string,
  focusArea: string,
  scored: number,
  scoreSum: number,
  submitted = scored,
  timeMs = 0,
): WeeklyPractice => ({
  week,
  focusArea,
  submitted,
  scored,
  scoreSum,
  timeMs,
});
const self = (week: string, count: number, ml: number, dl: number, sd: number, cl: number): WeeklySelf => ({
  week,
  count,
  sums: { "ml-fundamentals": ml, "deep-learning": dl, "system-design": sd, "communication-leadership": cl },
});

const mockRow = (week: string, focusArea: string, scored: number, scoreSum: number): WeeklyAreaScores => ({
  week,
  focusArea,
  scored,
  scoreSum,
});

/** The four sources as the dashboard's loaders give them (mentor reviews have the mock rows' shape). */
const cells = (
  p: WeeklyPractice[],
  s: WeeklySelf[],
  m: WeeklyAreaScores[] = [],
  r: WeeklyAreaScores[] = [],
  a: WeeklyAreaScores[] = [],
) => ({
  self: selfCells(s),
  practice: answerCells(p),
  mock: answerCells(m),
  mentor: answerCells(r),
  ai: answerCells(a),
});
const readiness = (
  w: string[],
  p: WeeklyPractice[],
  s: WeeklySelf[],
  m: WeeklyAreaScores[] = [],
  r: WeeklyAreaScores[] = [],
) => readinessSeries(w, cells(p, s, m, r));
const domains = (
  w: string[],
  p: WeeklyPractice[],
  s: WeeklySelf[],
  m: WeeklyAreaScores[] = [],
  r: WeeklyAreaScores[] = [],
) => domainSeries(w, cells(p, s, m, r));

describe("readiness band over time (the guide's thresholds, half-open)", () => {
  // One scored attempt a week: its mean is scoreSum / 4.
  const edge = (scoreSum: number) => readiness([W1], [practice(W1, "ml-algorithms", 1, scoreSum)], [])[0]!;
  it.each([
    [40, 10, "excellent"],
    [34, 8.5, "excellent"], // exactly 8.5
    [33, 8.25, "good"],
    [28, 7, "good"], // exactly 7
    [27, 6.75, "developing"],
    [22, 5.5, "developing"], // exactly 5.5
    [21, 5.25, "needs-improvement"],
    [0, 0, "needs-improvement"],
  ])("a week scoring %i / 40 → %f, %s", (sum, score, band) => {
    expect(edge(sum)).toEqual({
      week: W1,
      self: null,
      practice: score,
      mock: null,
      mentor: null,
      ai: null,
      score,
      band,
    });
  });

  it("bands the rounded score shown: 8.4975 shows as 8.5, Excellent", () => {
    // 100 attempts summing 3399 → 3399 / 400 = 8.4975 → 8.50.
    expect(readiness([W1], [practice(W1, "ml-algorithms", 100, 3399)], [])[0]).toMatchObject({
      practice: 8.5,
      band: "excellent",
    });
    // 3 attempts summing 101 → 101 / 12 = 8.41666… → 8.42, Good.
    expect(readiness([W1], [practice(W1, "deep-learning", 3, 101)], [])[0]).toMatchObject({
      practice: 8.42,
      band: "good",
    });
  });

  it("averages self-assessment and practice when a week has both, and leaves empty weeks empty", () => {
    const points = readiness(
      weeks,
      [
        practice(W2, "ml-algorithms", 2, 50),
        practice(W2, "behavioural", 1, 30),
        practice(W3, "ml-algorithms", 0, 0, 2),
      ],
      [self(W2, 1, 6, 5, 7, 8), self(W3, 2, 14, 10, 12, 16)],
    );
    expect(points).toEqual([
      { week: W1, self: null, practice: null, mock: null, mentor: null, ai: null, score: null, band: null },
      // self (6+5+7+8)/4 = 6.5; practice (50+30)/(4·3) = 6.6667; mean (6.5 + 6.6667)/2 = 6.5833 → 6.58, Developing.
      { week: W2, self: 6.5, practice: 6.67, mock: null, mentor: null, ai: null, score: 6.58, band: "developing" },
      // self (14+10+12+16)/(4·2) = 6.5; two attempts submitted but unscored → practice null.
      { week: W3, self: 6.5, practice: null, mock: null, mentor: null, ai: null, score: 6.5, band: "developing" },
    ]);
  });
});

describe("mock interviews as a score source", () => {
  it("a mock's week scores its answers like its report: the mean of the scored answers, and joins readiness equally weighted", () => {
    // Three scored answers, 34, 28 and 22 (8.5, 7 and 5.5): 84 / 12 = 7, the report's overall (8.5 + 7 + 5.5) / 3.
    const m = [mockRow(W3, "behavioural", 2, 62), mockRow(W3, "business-case", 1, 22)];
    const [point] = readiness([W3], [practice(W3, "ml-algorithms", 1, 36)], [self(W3, 1, 6, 6, 6, 6)], m);
    // self 6, practice 36 / 4 = 9, mock 84 / 12 = 7 → (6 + 9 + 7) / 3 = 7.3333 → 7.33, Good.
    expect(point).toEqual({
      week: W3,
      self: 6,
      practice: 9,
      mock: 7,
      mentor: null,
      ai: null,
      score: 7.33,
      band: "good",
    });
  });

  it("a week with only a mock is readiness from the mock alone; unscored mock answers add nothing", () => {
    expect(
      readiness(
        [W1, W2],
        [],
        [],
        [mockRow(W1, "ml-system-design", 1, 30), mockRow(W2, "deep-learning", 0, 0)],
      ),
    ).toEqual([
      { week: W1, self: null, practice: null, mock: 7.5, mentor: null, ai: null, score: 7.5, band: "good" },
      { week: W2, self: null, practice: null, mock: null, mentor: null, ai: null, score: null, band: null },
    ]);
  });

  it("practice and mock scores stay separate series in each domain, with their own counts", () => {
    const series = domains(
      [W2],
      [practice(W2, "ml-algorithms", 2, 60)],
      [self(W2, 1, 5, 6, 7, 8)],
      [mockRow(W2, "data-preprocessing", 3, 87), mockRow(W2, "behavioural", 1, 25)],
    );
    // ML fundamentals: practice 60 / 8 = 7.5 from 2 answers; mock 87 / 12 = 7.25 from 3; self 5.
    expect(series[0]!.points).toEqual([
      {
        week: W2,
        self: 5,
        practice: 7.5,
        mock: 7.25,
        mentor: null,
        ai: null,
        counts: { self: 1, practice: 2, mock: 3, mentor: 0, ai: 0 },
      },
    ]);
    // Communication & leadership: mock only (25 / 4 = 6.25).
    expect(series[3]!.points).toEqual([
      {
        week: W2,
        self: 8,
        practice: null,
        mock: 6.25,
        mentor: null,
        ai: null,
        counts: { self: 1, practice: 0, mock: 1, mentor: 0, ai: 0 },
      },
    ]);
  });
});

describe("the exact mean of the sources", () => {
  it("rounds half up on the exact value, whatever the denominators", () => {
    expect(meanOfFractions([])).toBeNull();
    expect(meanOfFractions([[27, 4]])).toBe(6.75);
    // (1/3 + 2/3) / 2 = 0.5 exactly.
    expect(
      meanOfFractions([
        [1, 3],
        [2, 3],
      ]),
    ).toBe(0.5);
    // (8.5 + 8.49) / 2 = 8.495 → 8.50 (a float sum would give 8.494999…).
    expect(
      meanOfFractions([
        [34, 4],
        [849, 100],
      ]),
    ).toBe(8.5);
    // (7 + 6 + 8.33…) / 3 = 7.1111 → 7.11; four sources with large denominators stay exact.
    expect(
      meanOfFractions([
        [7, 1],
        [6, 1],
        [100, 12],
      ]),
    ).toBe(7.11);
    expect(
      meanOfFractions([
        [679_999, 80_000],
        [679_999, 80_000],
        [680_000, 80_000],
        [680_000, 80_000],
      ]),
    ).toBe(8.5);
  });
});

describe("domain scores over time", () => {
  it("maps focus areas to the rubric's domains, per week, self and practice separately", () => {
    const series = domains(
      [W2, W3],
      // ml-algorithms and data-preprocessing both feed ML fundamentals: (30 + 26) / (4·2) = 7.
      [
        practice(W2, "ml-algorithms", 1, 30),
        practice(W2, "data-preprocessing", 1, 26),
        practice(W3, "ml-system-design", 3, 100),
      ],
      [self(W3, 2, 13, 9, 15, 17)],
    );
    expect(series.map((s) => s.domain)).toEqual([
      "ml-fundamentals",
      "deep-learning",
      "system-design",
      "communication-leadership",
    ]);
    expect(series[0]!.points).toEqual([
      {
        week: W2,
        self: null,
        practice: 7,
        mock: null,
        mentor: null,
        ai: null,
        counts: { self: 0, practice: 2, mock: 0, mentor: 0, ai: 0 },
      },
      {
        week: W3,
        self: 6.5,
        practice: null,
        mock: null,
        mentor: null,
        ai: null,
        counts: { self: 2, practice: 0, mock: 0, mentor: 0, ai: 0 },
      },
    ]);
    // 100 / 12 = 8.333… → 8.33; self 15 / 2 = 7.5.
    expect(series[2]!.points[1]).toEqual({
      week: W3,
      self: 7.5,
      practice: 8.33,
      mock: null,
      mentor: null,
      ai: null,
      counts: { self: 2, practice: 3, mock: 0, mentor: 0, ai: 0 },
    });
    expect(series[3]!.points[1]).toEqual({
      week: W3,
      self: 8.5,
      practice: null,
      mock: null,
      mentor: null,
      ai: null,
      counts: { self: 2, practice: 0, mock: 0, mentor: 0, ai: 0 },
    });
  });
});

describe("time practised per week", () => {
  it("sums minutes (rounded) and attempts across focus areas", () => {
    const rows = [
      practice(W1, "ml-algorithms", 1, 30, 2, 90_000),
      practice(W1, "behavioural", 0, 0, 1, 1_000_000),
      practice(W3, "deep-learning", 1, 20, 1, 29_999),
    ];
    // W1: 1,090,000 ms = 18.17 min → 18; W3: 29,999 ms → 0.4999 min → 0.
    expect(weeklyTime(weeks, rows)).toEqual([
      { week: W1, minutes: 18, attempts: 3 },
      { week: W2, minutes: 0, attempts: 0 },
      { week: W3, minutes: 0, attempts: 1 },
    ]);
  });
});

describe("weakest focus areas", () => {
  it("ranks the lowest means first", () => {
    const ranked = rankWeakest(
      [
        { focusArea: "deep-learning", scored: 2, scoreSum: 40 }, // 5.0
        { focusArea: "ml-algorithms", scored: 4, scoreSum: 100 }, // 6.25
        { focusArea: "behavioural", scored: 1, scoreSum: 18 }, // 4.5
        { focusArea: "ml-system-design", scored: 3, scoreSum: 96 }, // 8.0
      ],
      3,
    );
    expect(ranked).toEqual([
      { focusArea: "behavioural", mean: 4.5, scored: 1 },
      { focusArea: "deep-learning", mean: 5, scored: 2 },
      { focusArea: "ml-algorithms", mean: 6.25, scored: 4 },
    ]);
  });

  it("breaks ties on equal means by fewer scored attempts, then by the bank's focus-area order", () => {
    const ranked = rankWeakest(
      [
        { focusArea: "realtime-pipelines", scored: 2, scoreSum: 48 }, // 6.0 from 2
        { focusArea: "ml-algorithms", scored: 4, scoreSum: 96 }, // 6.0 from 4
        { focusArea: "business-case", scored: 1, scoreSum: 24 }, // 6.0 from 1
        { focusArea: "deep-learning", scored: 2, scoreSum: 48 }, // 6.0 from 2, before realtime-pipelines in the bank
      ],
      3,
    );
    expect(ranked.map((r) => r.focusArea)).toEqual(["business-case", "deep-learning", "realtime-pipelines"]);
    expect(ranked.every((r) => r.mean === 6)).toBe(true);
  });

  it("compares exact means, not rounded ones", () => {
    // 100 / 12 = 8.3333 and 133 / 16 = 8.3125 both look like 8.3: the second is lower.
    const ranked = rankWeakest(
      [
        { focusArea: "ml-algorithms", scored: 3, scoreSum: 100 },
        { focusArea: "deep-learning", scored: 4, scoreSum: 133 },
      ],
      1,
    );
    expect(ranked).toEqual([{ focusArea: "deep-learning", mean: 8.31, scored: 4 }]);
  });

  it("fills with mock-interview areas not practised yet, in the bank's order", () => {
    expect(
      rankWeakest(
        [
          { focusArea: "ml-algorithms", scored: 1, scoreSum: 36 },
          { focusArea: "negotiation", scored: 0, scoreSum: 0 },
        ],
        3,
      ),
    ).toEqual([
      { focusArea: "ml-algorithms", mean: 9, scored: 1 },
      { focusArea: "deep-learning", mean: null, scored: 0 },
      { focusArea: "data-preprocessing", mean: null, scored: 0 },
    ]);
    expect(rankWeakest([], 3).map((r) => r.focusArea)).toEqual([
      "ml-algorithms",
      "deep-learning",
      "data-preprocessing",
    ]);
  });
});

describe("the mentor scores series", () => {
  it("is the mean mentor score per domain and week (four points per review), null without reviews", () => {
    const weeks = ["2026-11-16", "2026-11-23"];
    const series = domains(
      weeks,
      [],
      [],
      [],
      [
        mockRow("2026-11-16", "ml-algorithms", 1, 24),
        mockRow("2026-11-16", "data-preprocessing", 2, 50),
        mockRow("2026-11-23", "behavioural", 3, 97),
        mockRow("2026-11-23", "unknown-area", 5, 200),
      ],
    );
    const pick = (domain: string) =>
      series.find((d) => d.domain === domain)!.points.map((p) => [p.mentor, p.counts.mentor]);
    expect(pick("ml-fundamentals")).toEqual([
      [6.17, 3], // (24 + 50) / 12
      [null, 0],
    ]);
    expect(pick("communication-leadership")).toEqual([
      [null, 0],
      [8.08, 3], // 97 / 12
    ]);
    expect(pick("system-design")).toEqual([
      [null, 0],
      [null, 0],
    ]);
  });

  it("joins readiness as one more equally weighted source", () => {
    const week = "2026-11-23";
    const [point] = readiness(
      [week],
      [],
      [self(week, 1, 6, 6, 6, 6)],
      [],
      [mockRow(week, "behavioural", 1, 36)],
    );
    expect(point).toMatchObject({ self: 6, mentor: 9, score: 7.5, band: "good" });
  });
});
