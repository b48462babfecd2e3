// What a candidate can share with a mentor. Each scope is one boolean column on Mentorship
// (and on MentorInvitation, for the pre-selection).

export const SCOPES = [
  {
    key: "attempts",
    field: "shareAttempts",
    label: "Practice attempts",
    hint: "Answers, self-scores and time of every submitted attempt, and the STAR story bank.",
  },
  {
    key: "mocks",
    field: "shareMocks",
    label: "Mock interviews",
    hint: "Reports of finished mock interviews.",
  },
  {
    key: "progress",
    field: "shareProgress",
    label: "Self-assessments and progress",
    hint: "Rubric self-assessments and the progress dashboard.",
  },
  {
    key: "offers",
    field: "shareOffers",
    label: "Offers",
    hint: "Offers, total compensation and the comparison.",
  },
  { key: "plan", field: "sharePlan", label: "Career plan", hint: "The 5-year plan and its milestones." },
] as const;

export type Scope = (typeof SCOPES)[number]["key"];
type ScopeField = (typeof SCOPES)[number]["field"];
export type Scopes = Record<Scope, boolean>;

/** The scope columns as a Prisma select (a mentorship read spreads it; `scopesOf` reads the row). */
export const SCOPE_SELECT = {
  shareAttempts: true,
  shareMocks: true,
  shareProgress: true,
  shareOffers: true,
  sharePlan: true,
} as const satisfies Record<ScopeField, true>;

export const SCOPE_KEYS = SCOPES.map((s) => s.key) as [Scope, ...Scope[]];

export function scopesOf(row: Record<ScopeField, boolean>): Scopes {
  return Object.fromEntries(SCOPES.map((s) => [s.key, row[s.field]])) as Scopes;
}

export function scopeColumns(scopes: Partial<Scopes>): Partial<Record<ScopeField, boolean>> {
  const out: Partial<Record<ScopeField, boolean>> = {};
  for (const s of SCOPES) if (scopes[s.key] !== undefined) out[s.field] = scopes[s.key];
  return out;
}

export const fieldOf = (scope: Scope): ScopeField => SCOPES.find((s) => s.key === scope)!.field;

/**
 * The score series a mentor sees on a mentee's progress page (which the progress scope opens):
 * the self-assessment series and the mentor's *own* reviews always; practice self-scores only
 * when attempts are shared; mock interview scores only when mocks are shared. Pure.
 */
export const PROGRESS_SERIES_RULE = {
  self: null,
  practice: "attempts",
  mock: "mocks",
  mentor: null,
  ai: "attempts",
} as const satisfies Record<string, Scope | null>;

type ProgressSeriesKey = keyof typeof PROGRESS_SERIES_RULE;

export function progressSeriesShown(scopes: Scopes): Record<ProgressSeriesKey, boolean> {
  const out = {} as Record<ProgressSeriesKey, boolean>;
  for (const [key, needs] of Object.entries(PROGRESS_SERIES_RULE) as [ProgressSeriesKey, Scope | null][])
    out[key] = scopes.progress && (needs === null || scopes[needs]);
  return out;
}

/**
 * The sharing rule for one item: an attempt outside a mock is shared by the attempts scope, a
 * mock and its answers by the mocks scope, and either by an open review request for it
 * (pending or completed, not withdrawn; a mock's request covers its answers). Pure.
 */
export function itemShared(scopes: Scopes, item: { kind: "attempt" | "mock"; mockId: string | null }, requested: boolean) {
  const byScope = item.kind === "mock" || item.mockId !== null ? scopes.mocks : scopes.attempts;
  return byScope || requested;
}
