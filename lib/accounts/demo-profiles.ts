// The public demo accounts' documented settings (README: "Try the demo"). The seed creates the
// accounts with them; a drifted account is put back (lib/accounts/demo.ts, prisma/seed/demo.ts).
// Plain data, imported by the seed and by the app.

export const DEMO_EMAIL = "demo@preploop.dev";
export const DEMO_MENTOR_EMAIL = "mentor@preploop.dev";
export const DEMO_PASSWORD = "practice-makes-progress";

type DemoProfile = {
  displayName: string;
  targetRole: string;
  targetLevel: "SENIOR" | "STAFF";
  region: "UNITED_STATES" | "EUROPE";
  yearsExperience: number;
};

export const DEMO_PROFILES: Record<string, DemoProfile> = {
  [DEMO_EMAIL]: {
    displayName: "Demo Candidate",
    targetRole: "Machine Learning Engineer",
    targetLevel: "SENIOR",
    region: "UNITED_STATES",
    yearsExperience: 5,
  },
  [DEMO_MENTOR_EMAIL]: {
    displayName: "Demo Mentor",
    targetRole: "Staff Machine Learning Engineer",
    targetLevel: "STAFF",
    region: "EUROPE",
    yearsExperience: 11,
  },
};

/** The documented fields that differ from `current` (empty: no drift). */
export function demoProfileDrift(
  email: string,
  current: { displayName: string; targetRole: string | null; targetLevel: string | null; region: string | null; yearsExperience: number | null },
): Partial<DemoProfile> {
  const want = DEMO_PROFILES[email];
  if (!want) return {};
  const drift: Partial<DemoProfile> = {};
  for (const key of Object.keys(want) as (keyof DemoProfile)[]) {
    if (current[key] !== want[key]) (drift as Record<string, unknown>)[key] = want[key];
  }
  return drift;
}
