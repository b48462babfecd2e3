// The one declared table of who may call what: every exported HTTP method handler under
// app/api/**/route.ts must have at least one entry here, and every entry must name an existing
// operation (tests/integration/authorization-matrix.test.ts enforces both, then calls each
// entry as anonymous, the owner, another user, a mentor without the relevant scope, a mentor
// with it, a mentor after revoke and a mentor after a completed review request was withdrawn).
//
// ADDING A ROUTE (a few lines):
//   { op: "POST /api/account/password", access: SIGNED_IN, path: () => "/api/account/password",
//     body: (w, who) => ({ current: who.key === "owner" ? w.ownerPassword : "wrong", next: "…" }) },
// - `op` is the method and the folder's path pattern, exactly as the test lists them
//   (the test prints the missing ones in this form).
// - `access` says who may call it (the kinds below); `path` fills the pattern with the owner's
//   real ids (`w.ids`, see tests/support/authz-world.ts — add a fixture there if the route
//   needs a new kind of data, with marker strings from `mark()`); `body` is a plausible valid
//   body, so the call would succeed if authorization were missing (the owner's call proves it).
// - `expect` overrides the statuses the kind implies for some roles (exact lists); `last`
//   runs the entry after all others (for calls that end sessions or accounts);
//   `ownerWrites` lists roles besides the owner whose call may change the owner's rows.
// - The same op may have several entries (cases), e.g. a bank question and a personal one.
import { CHECKLIST_KEYS } from "@/lib/practice/data/checklists";
import { NEGOTIABLE_KEYS, RESEARCH_KEYS } from "@/lib/offers/data/negotiation";
import { Client, PASSWORD, uniqueEmail } from "../support/client";
import { testDb } from "../support/db";
import { ALL_SCOPES } from "../support/mentors";
import { type Grant, type ScopeName, type Subject, type World } from "../support/authz-world";

export const ROLES = ["anonymous", "owner", "other", "mentorWithout", "mentorWith", "revoked", "withdrawn"] as const;
export type Role = (typeof ROLES)[number];

export type Access =
  /** Anyone, signed in or not. */
  | { kind: "public" }
  /** Any signed-in user, on their own data only (401 anonymous); never shows the owner's markers to others. */
  | { kind: "signed-in" }
  /** The owner's resource by id: 401 anonymous, 404 (or 403) for everyone else. */
  | { kind: "owner" }
  /** A mentor route: the mentor with the scope (or, for "request", with an open review request;
   * for "any", any current mentor) gets it; everyone else 404, anonymous 401. */
  | { kind: "mentor"; scope: ScopeName | "request" | "any" }
  /** next-auth's own endpoints, checked with their own calls. */
  | { kind: "next-auth" }
  /** Test-only/debug routes: 404 for everyone unless the server runs with their switch. */
  | { kind: "debug" }
  /** The JSON 404 for addresses without a handler. */
  | { kind: "no-endpoint" };

export type Call = { status: number; text: string };

export type Entry = {
  op: string;
  case?: string;
  access: Access;
  path: (w: World, who: Subject) => string;
  /** May read the owner's current state (e.g. versions) with `w.subjects.owner.client`. */
  body?: (w: World, who: Subject) => unknown;
  /** Exact statuses for some roles, instead of what the kind implies; "any" = anything below 500. */
  expect?: Partial<Record<Role, number[] | "any">>;
  ownerWrites?: Role[];
  /** Grants a caller gets from a successful call (e.g. accepting an invitation makes you a mentor). */
  reveals?: Grant[];
  last?: boolean;
  /** More checks of a response (e.g. figures that no marker can show); returns what is wrong. */
  inspect?: (w: World, role: Role, who: Subject, body: unknown) => string[];
  /** A call that is not one JSON request (next-auth). */
  call?: (w: World, who: Subject) => Promise<Call>;
};

const PUBLIC: Access = { kind: "public" };
const SIGNED_IN: Access = { kind: "signed-in" };
const OWNER: Access = { kind: "owner" };
const mentor = (scope: ScopeName | "request" | "any"): Access => ({ kind: "mentor", scope });

const scores = { technicalAccuracy: 6, communicationClarity: 7, problemSolving: 5, practicalConsiderations: 4 };
const storyBody = {
  title: "Another story",
  situation: "A tense launch.",
  task: "Ship safely.",
  action: "Split the rollout.",
  result: "Shipped 2 weeks early.",
  competencies: ["pressure"],
  suitsFor: "Startups",
};
const answer = (format: string, text: string) =>
  format === "STAR" ? { situation: text, task: text, action: text, result: text } : format === "CODE" ? { code: text } : { text };
const offer = (company: string) => ({
  company,
  role: "ML Engineer",
  level: "SENIOR",
  region: "EUROPE",
  location: "Berlin",
  remotePolicy: "HYBRID",
  currency: "EUR",
  baseSalary: 9_000_000,
  targetBonusPercent: 10,
  signingBonus: 0,
  signingBonusMonth: 1,
  equity: { type: "NONE" },
  vesting: { preset: "CLIFF_MONTHLY" },
  annualRefresher: 0,
  benefitsValue: 0,
  retirementMatchPercent: 0,
  notes: "",
});
const personalQuestion = {
  title: "Overwritten question",
  prompt: "Explain something else entirely, please.",
  type: "technical",
  focusArea: "ml-algorithms",
  difficulty: "easy",
  allocatedMinutes: 10,
  expectedMinutes: 5,
};
/** The owner's milestones as they are now (their versions change as the matrix runs). */
async function milestones(w: World) {
  const res = await w.subjects.owner.client.get<{ milestones: { id: string; version: number }[] }>(`/api/plans/${w.ids.plan}`);
  if (res.status !== 200) throw new Error(`reading the owner's plan: ${res.status}`);
  return res.body.milestones;
}
/**
 * The weekly domain-score series a mentor sees on the progress page: practice figures need the
 * attempts scope, mock figures the mocks scope, and the "mentor" series may hold only the
 * caller's own reviews (the progress-only mentor wrote none). Numbers carry no marker.
 */
function progressFiguresBeyondScopes(who: Subject, body: unknown): string[] {
  type Point = Record<string, unknown> & { counts?: Record<string, number> };
  const domains = (body as { progress?: { domainScores?: { domains?: { domain: string; points: Point[] }[] } } }).progress?.domainScores?.domains ?? [];
  const out = new Set<string>();
  for (const d of domains)
    for (const p of d.points)
      for (const [series, scope] of [["practice", "attempts"], ["mock", "mocks"], ["mentor", "own reviews"]] as const) {
        const hidden = scope === "own reviews" || !who.grants.has(scope);
        if (hidden && ((p[series] ?? null) !== null || (p.counts?.[series] ?? 0) > 0)) out.add(`${series} figures (${scope})`);
      }
  return [...out];
}
/** The owner's newest live session (read from the database, so nothing is touched). */
async function ownerSessionId(w: World): Promise<string> {
  const { rows } = await testDb().query<{ id: string }>(
    `SELECT "id" FROM "Session" WHERE "userId" = $1 AND "revokedAt" IS NULL ORDER BY "createdAt" DESC LIMIT 1`,
    [w.subjects.owner.id],
  );
  if (!rows[0]) throw new Error("the owner has no live session");
  return rows[0].id;
}
const mentee = (w: World) => `/api/mentoring/mentees/${w.ids.menteeId}`;
/** Callers that are current mentors of the owner get "already mentoring"; the others become mentors. */
const ACCEPTED = [200];

/** next-auth credentials sign-in on a copy of the caller's client (the caller keeps its session). */
async function credentialsSignIn(w: World, who: Subject): Promise<Call> {
  const c = who.client.withBase(who.client.baseUrl);
  const owner = who.key === "owner";
  const email = owner ? who.email! : w.signInTarget.email;
  const res = await c.signIn(email, owner ? w.ownerPassword : `${PASSWORD} wrong`);
  const session = await c.get("/api/auth/session");
  const text = JSON.stringify({ signIn: res.body, session: session.body });
  // A wrong password must not sign anyone in as the target.
  if (!owner && JSON.stringify(session.body).includes(w.signInTarget.email)) return { status: 200, text };
  return { status: res.ok ? 200 : res.status, text };
}

export const TABLE: Entry[] = [
  // ---- public, next-auth, debug, no endpoint
  { op: "GET /api/health", access: PUBLIC, path: () => "/api/health" },
  { op: "GET /api/openapi.json", access: PUBLIC, path: () => "/api/openapi.json" },
  {
    op: "POST /api/accounts",
    access: PUBLIC,
    path: () => "/api/accounts",
    body: () => ({ email: uniqueEmail("authz-signup"), password: PASSWORD, displayName: "Someone" }),
  },
  { op: "GET /api/auth/[...nextauth]", case: "session", access: PUBLIC, path: () => "/api/auth/session" },
  { op: "GET /api/auth/[...nextauth]", case: "csrf", access: PUBLIC, path: () => "/api/auth/csrf" },
  {
    op: "POST /api/auth/[...nextauth]",
    case: "credentials: only the right password signs in",
    access: { kind: "next-auth" },
    path: () => "/api/auth/callback/credentials",
    call: credentialsSignIn,
    expect: { anonymous: [401, 429], other: [401, 429], mentorWith: [401, 429], mentorWithout: [401, 429], revoked: [401, 429], withdrawn: [401, 429], owner: [200] },
  },
  { op: "GET /api/debug/query-count", access: { kind: "debug" }, path: () => "/api/debug/query-count" },
  { op: "GET /api/debug/empty", access: { kind: "debug" }, path: () => "/api/debug/empty" },
  { op: "GET /api/debug/session", access: { kind: "debug" }, path: () => "/api/debug/session" },
  ...(["GET", "POST", "PUT", "PATCH", "DELETE"] as const).map(
    (m): Entry => ({
      op: `${m} /api/[...path]`,
      access: { kind: "no-endpoint" },
      path: (w) => `/api/no-such-endpoint/${w.ids.offer}`,
      body: m === "GET" ? undefined : () => ({ company: "x" }),
    }),
  ),

  // ---- account and profile
  { op: "GET /api/profile", access: SIGNED_IN, path: () => "/api/profile" },
  {
    op: "PUT /api/profile",
    access: SIGNED_IN,
    path: () => "/api/profile",
    body: (w, who) => ({ version: 2, displayName: who.key === "owner" ? w.ownerName : "Renamed", targetRole: null, targetLevel: null, region: null, yearsExperience: null, nextInterviewOn: null, timeZone: "UTC" }),
    // Others send the owner's version: a stale version of their own profile (409) or a save of it.
    expect: { other: "any", mentorWith: "any", mentorWithout: "any", revoked: "any", withdrawn: "any" },
  },
  { op: "GET /api/account/export", access: SIGNED_IN, path: () => "/api/account/export" },
  { op: "GET /api/progress", access: SIGNED_IN, path: () => "/api/progress" },
  { op: "GET /api/notifications", access: SIGNED_IN, path: () => "/api/notifications" },
  { op: "GET /api/notifications/unread-count", access: SIGNED_IN, path: () => "/api/notifications/unread-count" },
  { op: "POST /api/notifications/read", access: SIGNED_IN, path: () => "/api/notifications/read", body: () => ({ all: true }) },

  // ---- questions
  { op: "GET /api/questions", access: SIGNED_IN, path: () => "/api/questions?limit=50&sort=newest" },
  { op: "POST /api/questions", access: SIGNED_IN, path: () => "/api/questions", body: () => personalQuestion },
  { op: "GET /api/questions/[id]", case: "personal question", access: OWNER, path: (w) => `/api/questions/${w.ids.qPrivate}` },
  { op: "GET /api/questions/[id]", case: "bank question (own note)", access: SIGNED_IN, path: (w) => `/api/questions/${w.ids.bankQuestion}` },
  {
    op: "PUT /api/questions/[id]",
    access: OWNER,
    path: (w) => `/api/questions/${w.ids.qPrivate}`,
    body: (w) => ({ ...personalQuestion, title: w.ids.qPrivateTitle, version: w.ids.qPrivateVersion }),
  },
  { op: "DELETE /api/questions/[id]", access: OWNER, path: (w) => `/api/questions/${w.ids.qDel}` },
  { op: "PUT /api/questions/[id]/bookmark", case: "personal question", access: OWNER, path: (w) => `/api/questions/${w.ids.qPrivate}/bookmark`, body: () => ({ challenged: true }) },
  { op: "PUT /api/questions/[id]/bookmark", case: "bank question", access: SIGNED_IN, path: (w) => `/api/questions/${w.ids.bankQuestion}/bookmark`, body: () => ({ challenged: false }) },
  { op: "PUT /api/questions/[id]/note", case: "personal question", access: OWNER, path: (w) => `/api/questions/${w.ids.qPrivate}/note`, body: () => ({ note: "Mine now", version: 0 }) },
  {
    op: "PUT /api/questions/[id]/note",
    case: "bank question",
    access: SIGNED_IN,
    path: (w) => `/api/questions/${w.ids.bankQuestion}/note`,
    body: (_w, who) => ({ note: "My note", version: who.key === "owner" ? 1 : 0 }),
  },
  { op: "POST /api/questions/[id]/reveal", case: "personal question", access: OWNER, path: (w) => `/api/questions/${w.ids.qPrivate}/reveal` },
  { op: "POST /api/questions/[id]/reveal", case: "bank question", access: SIGNED_IN, path: (w) => `/api/questions/${w.ids.bankQuestion}/reveal` },

  // ---- practice
  { op: "GET /api/practice/attempts", access: SIGNED_IN, path: () => "/api/practice/attempts" },
  { op: "POST /api/practice/attempts", case: "owner's personal question", access: OWNER, path: () => "/api/practice/attempts", body: (w) => ({ questionId: w.ids.qPrivate }) },
  { op: "POST /api/practice/attempts", case: "bank question", access: SIGNED_IN, path: () => "/api/practice/attempts", body: (w) => ({ questionId: w.ids.bankQuestion }) },
  { op: "GET /api/practice/attempts/[id]", case: "open attempt", access: OWNER, path: (w) => `/api/practice/attempts/${w.ids.openAttempt.id}` },
  { op: "GET /api/practice/attempts/[id]", case: "submitted attempt", access: OWNER, path: (w) => `/api/practice/attempts/${w.ids.attemptA}` },
  {
    op: "PUT /api/practice/attempts/[id]",
    access: OWNER,
    path: (w) => `/api/practice/attempts/${w.ids.openAttempt.id}`,
    body: (w) => ({ answer: answer(w.ids.openAttempt.format, "Overwritten"), version: w.ids.openAttempt.version }),
  },
  { op: "POST /api/practice/attempts/[id]/pause", access: OWNER, path: (w) => `/api/practice/attempts/${w.ids.openAttempt.id}/pause`, body: () => ({ reason: "user" }) },
  { op: "POST /api/practice/attempts/[id]/resume", access: OWNER, path: (w) => `/api/practice/attempts/${w.ids.openAttempt.id}/resume` },
  {
    op: "POST /api/practice/attempts/[id]/submit",
    access: OWNER,
    path: (w) => `/api/practice/attempts/${w.ids.submitAttempt.id}/submit`,
    body: (w) => ({ answer: answer(w.ids.submitAttempt.format, "Submitted by someone"), version: w.ids.submitAttempt.version }),
  },
  { op: "PUT /api/practice/attempts/[id]/score", access: OWNER, path: (w) => `/api/practice/attempts/${w.ids.attemptA}/score`, body: () => ({ scores, keyPointsCovered: [] }) },
  { op: "GET /api/practice/attempts/[id]/feedback", access: OWNER, path: (w) => `/api/practice/attempts/${w.ids.attemptA}/feedback` },
  // Spoken answers (issue 18): attempt A has a finished recording; the open attempt one just started.
  { op: "GET /api/practice/attempts/[id]/recording", access: OWNER, path: (w) => `/api/practice/attempts/${w.ids.attemptA}/recording` },
  { op: "GET /api/practice/attempts/[id]/recording/audio", access: OWNER, path: (w) => `/api/practice/attempts/${w.ids.attemptA}/recording/audio` },
  {
    op: "POST /api/practice/attempts/[id]/recording",
    access: OWNER,
    path: (w) => `/api/practice/attempts/${w.ids.openAttempt.id}/recording`,
    body: () => ({ mimeType: "audio/webm;codecs=opus" }),
  },
  {
    op: "PUT /api/practice/attempts/[id]/recording/chunks/[seq]",
    access: OWNER,
    path: (w) => `/api/practice/attempts/${w.ids.openAttempt.id}/recording/chunks/0`,
    call: async (w, who) => {
      const res = await who.client.raw(`/api/practice/attempts/${w.ids.openAttempt.id}/recording/chunks/0`, {
        method: "PUT",
        headers: { "content-type": "audio/webm;codecs=opus" },
        body: new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3]),
      });
      return { status: res.status, text: await res.text() };
    },
  },
  {
    op: "PATCH /api/practice/attempts/[id]/recording",
    access: OWNER,
    path: (w) => `/api/practice/attempts/${w.ids.openAttempt.id}/recording`,
    body: () => ({ durationMs: 1000 }),
  },
  {
    op: "PUT /api/practice/attempts/[id]/recording/metrics",
    access: OWNER,
    path: (w) => `/api/practice/attempts/${w.ids.openAttempt.id}/recording/metrics`,
    body: () => ({
      metrics: { totalMs: 1000, speakingMs: 800, silenceRatio: 0.2, longPauses: [], segments: [{ startMs: 0, lengthMs: 800 }], loudnessVariationDb: 4.2 },
    }),
  },
  { op: "DELETE /api/practice/attempts/[id]/recording", access: OWNER, path: (w) => `/api/practice/attempts/${w.ids.openAttempt.id}/recording` },
  {
    op: "POST /api/practice/attempts/[id]/recording/transcript",
    access: OWNER,
    path: (w) => `/api/practice/attempts/${w.ids.attemptA}/recording/transcript`,
    // Attempt A is submitted, so its owner gets 409 attempt_submitted (transcripts only change an
    // answer in progress; the 200 and the endpoint's failures are in speech-transcription.test.ts).
    // Everyone else 404, mentors who may play the recording included.
    expect: { owner: [409] },
  },
  { op: "GET /api/practice/attempts/[id]/reviews", access: OWNER, path: (w) => `/api/practice/attempts/${w.ids.attemptA}/reviews` },
  { op: "GET /api/practice/attempts/[id]/ai-review", access: OWNER, path: (w) => `/api/practice/attempts/${w.ids.attemptA}/ai-review` },
  {
    op: "POST /api/practice/attempts/[id]/ai-review",
    access: OWNER,
    path: (w) => `/api/practice/attempts/${w.ids.attemptA}/ai-review`,
    // The owner has not turned AI reviews on (403 ai_not_enabled; the 201 is in ai-review.test.ts);
    // a mentor who can see the attempt gets 403 ai_mentor_forbidden, never a review.
    expect: { owner: [403], mentorWith: [403] },
  },
  { op: "GET /api/account/ai-review", access: SIGNED_IN, path: () => "/api/account/ai-review" },
  { op: "PUT /api/account/ai-review", access: SIGNED_IN, path: () => "/api/account/ai-review", body: () => ({ enabled: false }) },
  {
    op: "POST /api/practice/attempts/[id]/comments",
    access: OWNER,
    path: (w) => `/api/practice/attempts/${w.ids.attemptA}/comments`,
    // A mentor names its own thread; the owner writes in the all-scopes mentor's.
    body: (w, who) => ({ body: "A comment.", mentorId: who.key === "owner" || !who.id ? w.subjects.all.id : who.id }),
  },
  { op: "GET /api/practice/interviews", access: SIGNED_IN, path: () => "/api/practice/interviews" },
  { op: "POST /api/practice/interviews", access: SIGNED_IN, path: () => "/api/practice/interviews", body: () => ({ company: "Acme", date: "2026-04-01", kind: "MOCK" }) },
  { op: "GET /api/practice/interviews/[id]", access: OWNER, path: (w) => `/api/practice/interviews/${w.ids.interview}` },
  {
    op: "PUT /api/practice/interviews/[id]",
    access: OWNER,
    path: (w) => `/api/practice/interviews/${w.ids.interview}`,
    body: (w) => ({ company: "Changed", date: "2026-04-02", kind: "REAL", notes: "", version: w.ids.interviewVersion }),
  },
  { op: "DELETE /api/practice/interviews/[id]", access: OWNER, path: (w) => `/api/practice/interviews/${w.ids.interviewDel}` },
  {
    op: "PUT /api/practice/interviews/[id]/checks",
    access: OWNER,
    path: (w) => `/api/practice/interviews/${w.ids.interview}/checks`,
    body: () => ({ itemKey: CHECKLIST_KEYS[0], checked: true }),
  },
  { op: "GET /api/practice/journal", access: SIGNED_IN, path: () => "/api/practice/journal" },
  { op: "POST /api/practice/journal", access: SIGNED_IN, path: () => "/api/practice/journal", body: () => ({ title: "Day", body: "Went well.", entryDate: "2026-04-03" }) },
  {
    op: "PUT /api/practice/journal/[id]",
    access: OWNER,
    path: (w) => `/api/practice/journal/${w.ids.journal}`,
    body: (w) => ({ title: "Changed", body: "Changed.", entryDate: "2026-04-04", version: w.ids.journalVersion }),
  },
  { op: "DELETE /api/practice/journal/[id]", access: OWNER, path: (w) => `/api/practice/journal/${w.ids.journalDel}` },
  { op: "GET /api/practice/quiz", access: SIGNED_IN, path: () => "/api/practice/quiz" },
  // Quiz questions are bank questions only (a personal one is 404 even for its owner).
  { op: "POST /api/practice/quiz/results", access: SIGNED_IN, path: () => "/api/practice/quiz/results", body: (w) => ({ questionId: w.ids.quizQuestion, knew: true }) },
  { op: "GET /api/practice/review", access: SIGNED_IN, path: () => "/api/practice/review" },

  // ---- mocks
  { op: "GET /api/mocks", access: SIGNED_IN, path: () => "/api/mocks" },
  { op: "POST /api/mocks", access: SIGNED_IN, path: () => "/api/mocks", body: () => ({ templateId: "behavioural-30" }), expect: { owner: "any" } },
  { op: "GET /api/mocks/templates", access: SIGNED_IN, path: () => "/api/mocks/templates" },
  { op: "GET /api/mocks/[id]", access: OWNER, path: (w) => `/api/mocks/${w.ids.mockIP}` },
  { op: "GET /api/mocks/[id]/report", access: OWNER, path: (w) => `/api/mocks/${w.ids.mockF}/report` },
  { op: "GET /api/mocks/[id]/answers/[slot]", access: OWNER, path: (w) => `/api/mocks/${w.ids.mockIP}/answers/0` },
  {
    op: "PUT /api/mocks/[id]/answers/[slot]",
    access: OWNER,
    path: (w) => `/api/mocks/${w.ids.mockIP}/answers/0`,
    body: (w) => ({ answer: answer(w.ids.mockIPAnswer.format, "Overwritten"), version: w.ids.mockIPAnswer.version }),
  },
  { op: "POST /api/mocks/[id]/move", access: OWNER, path: (w) => `/api/mocks/${w.ids.mockIP}/move`, body: () => ({ slot: 0 }) },
  { op: "POST /api/mocks/[id]/pause", access: OWNER, path: (w) => `/api/mocks/${w.ids.mockIP}/pause`, body: () => ({ reason: "user" }) },
  { op: "POST /api/mocks/[id]/resume", access: OWNER, path: (w) => `/api/mocks/${w.ids.mockIP}/resume` },
  { op: "POST /api/mocks/[id]/advance", access: OWNER, path: (w) => `/api/mocks/${w.ids.mockAdvance}/advance`, body: () => ({ from: 0 }) },
  { op: "POST /api/mocks/[id]/finish", access: OWNER, path: (w) => `/api/mocks/${w.ids.mockFinish}/finish` },
  { op: "GET /api/mocks/[id]/answers/[slot]/feedback", access: OWNER, path: (w) => `/api/mocks/${w.ids.mockF}/answers/0/feedback` },
  { op: "GET /api/mocks/[id]/answers/[slot]/model-answer", access: OWNER, path: (w) => `/api/mocks/${w.ids.mockF}/answers/0/model-answer` },
  { op: "PUT /api/mocks/[id]/answers/[slot]/score", access: OWNER, path: (w) => `/api/mocks/${w.ids.mockF}/answers/0/score`, body: () => ({ scores, keyPointsCovered: [] }) },

  // ---- offers
  { op: "GET /api/offers", access: SIGNED_IN, path: () => "/api/offers" },
  { op: "POST /api/offers", access: SIGNED_IN, path: () => "/api/offers", body: () => offer("Own Co") },
  { op: "GET /api/offers/[id]", access: OWNER, path: (w) => `/api/offers/${w.ids.offer}` },
  { op: "PUT /api/offers/[id]", access: OWNER, path: (w) => `/api/offers/${w.ids.offer}`, body: (w) => ({ ...offer("Taken Co"), version: w.ids.offerVersion }) },
  { op: "DELETE /api/offers/[id]", access: OWNER, path: (w) => `/api/offers/${w.ids.offerDel}` },
  { op: "POST /api/offers/[id]/duplicate", access: OWNER, path: (w) => `/api/offers/${w.ids.offer}/duplicate` },
  { op: "PUT /api/offers/[id]/archive", access: OWNER, path: (w) => `/api/offers/${w.ids.offer}/archive`, body: () => ({ archived: false }) },
  { op: "PUT /api/offers/[id]/negotiables", access: OWNER, path: (w) => `/api/offers/${w.ids.offer}/negotiables`, body: () => ({ key: NEGOTIABLE_KEYS[1], checked: true }) },
  { op: "PUT /api/offers/[id]/research", access: OWNER, path: (w) => `/api/offers/${w.ids.offer}/research`, body: () => ({ key: RESEARCH_KEYS[1], answer: "Theirs" }) },
  {
    op: "PUT /api/offers/[id]/scores",
    access: OWNER,
    path: (w) => `/api/offers/${w.ids.offer}/scores`,
    body: (w) => ({ scores: [{ criterionId: w.ids.criteria.criteria[1]!.id, score: 9 }] }),
  },
  { op: "GET /api/offers/criteria", access: SIGNED_IN, path: () => "/api/offers/criteria" },
  {
    op: "PUT /api/offers/criteria",
    access: SIGNED_IN,
    path: () => "/api/offers/criteria",
    // Others send the owner's criterion ids and version: they must not reach the owner's rows.
    body: (w) => ({ version: w.ids.criteria.version, criteria: w.ids.criteria.criteria.map((c) => ({ id: c.id, name: `${c.name} x`, weight: c.weight })) }),
    expect: { other: "any", mentorWith: "any", mentorWithout: "any", revoked: "any", withdrawn: "any" },
  },
  { op: "GET /api/offers/matrix", access: SIGNED_IN, path: () => "/api/offers/matrix" },
  { op: "GET /api/offers/matrix/csv", access: SIGNED_IN, path: () => "/api/offers/matrix/csv" },

  // ---- plan, learning, network, self-assessments
  { op: "GET /api/plans", access: SIGNED_IN, path: () => "/api/plans" },
  {
    op: "POST /api/plans",
    access: SIGNED_IN,
    path: () => "/api/plans",
    body: () => ({ trackId: "individual-contributor", stageId: "engineer-2-to-senior", startsOn: "2026-01-05", year1Role: "", year1Goals: "", years2to3Role: "", years2to3Goals: "", years4to5Role: "", years4to5Goals: "" }),
    expect: { owner: [409] },
  },
  { op: "GET /api/plans/[planId]", access: OWNER, path: (w) => `/api/plans/${w.ids.plan}` },
  {
    op: "PUT /api/plans/[planId]",
    access: OWNER,
    path: (w) => `/api/plans/${w.ids.plan}`,
    body: (w) => ({ version: w.ids.planVersion, trackId: "individual-contributor", stageId: "engineer-2-to-senior", startsOn: "2026-01-05", year1Role: "Changed", year1Goals: "", years2to3Role: "", years2to3Goals: "", years4to5Role: "", years4to5Goals: "" }),
  },
  { op: "POST /api/plans/[planId]/milestones", access: OWNER, path: (w) => `/api/plans/${w.ids.plan}/milestones`, body: () => ({ title: "Added", targetDate: "2026-11-30" }) },
  {
    op: "PUT /api/plans/[planId]/milestones/order",
    access: OWNER,
    path: (w) => `/api/plans/${w.ids.plan}/milestones/order`,
    body: async (w) => ({ order: (await milestones(w)).reverse().map((m) => ({ id: m.id, version: m.version })) }),
  },
  {
    op: "PATCH /api/plans/[planId]/milestones/[milestoneId]",
    access: OWNER,
    path: (w) => `/api/plans/${w.ids.plan}/milestones/${w.ids.milestone}`,
    body: async (w) => ({ version: (await milestones(w)).find((m) => m.id === w.ids.milestone)!.version, progress: 50 }),
  },
  { op: "DELETE /api/plans/[planId]/milestones/[milestoneId]", access: OWNER, path: (w) => `/api/plans/${w.ids.plan}/milestones/${w.ids.milestoneDel.id}` },
  { op: "GET /api/plans/[planId]/project-extension", access: OWNER, path: (w) => `/api/plans/${w.ids.plan}/project-extension` },
  {
    op: "POST /api/plans/[planId]/project-extension/milestones",
    access: OWNER,
    path: (w) => `/api/plans/${w.ids.plan}/project-extension/milestones`,
    body: () => ({ components: ["skills-assessment"] }),
  },
  {
    op: "PUT /api/plans/[planId]/project-extension/criteria",
    access: OWNER,
    path: (w) => `/api/plans/${w.ids.plan}/project-extension/criteria`,
    body: () => ({ checked: ["self-awareness"], version: 0 }),
  },
  { op: "GET /api/learning", access: SIGNED_IN, path: () => "/api/learning" },
  { op: "POST /api/learning", access: SIGNED_IN, path: () => "/api/learning", body: () => ({ date: "2026-04-05", category: "SOFT_SKILLS", hours: 0.5, note: "" }) },
  { op: "DELETE /api/learning/[entryId]", access: OWNER, path: (w) => `/api/learning/${w.ids.learningDel}` },
  { op: "GET /api/network", access: SIGNED_IN, path: () => "/api/network" },
  { op: "POST /api/network", access: SIGNED_IN, path: () => "/api/network", body: () => ({ kind: "EVENT", title: "Conference" }) },
  { op: "PATCH /api/network/[itemId]", access: OWNER, path: (w) => `/api/network/${w.ids.network}`, body: (w) => ({ version: w.ids.networkVersion, status: "DONE" }) },
  { op: "DELETE /api/network/[itemId]", access: OWNER, path: (w) => `/api/network/${w.ids.networkDel}` },
  { op: "GET /api/self-assessments", access: SIGNED_IN, path: () => "/api/self-assessments" },
  {
    op: "POST /api/self-assessments",
    access: SIGNED_IN,
    path: () => "/api/self-assessments",
    body: () => ({ assessedOn: "2026-04-06", scores: { mlFundamentals: 5, deepLearning: 5, systemDesign: 5, communicationLeadership: 5 } }),
  },
  {
    op: "PUT /api/self-assessments/[id]",
    access: OWNER,
    path: (w) => `/api/self-assessments/${w.ids.assessment}`,
    // Keeps the date and the note (with its marker); only the scores change.
    body: async (w) => {
      const res = await w.subjects.owner.client.get<{ assessments: { id: string; version: number; note: string }[] }>("/api/self-assessments");
      const a = res.body.assessments.find((x) => x.id === w.ids.assessment)!;
      return { version: a.version, assessedOn: "2026-02-01", scores: { mlFundamentals: 4, deepLearning: 4, systemDesign: 4, communicationLeadership: 4 }, note: a.note };
    },
  },
  { op: "DELETE /api/self-assessments/[id]", access: OWNER, path: (w) => `/api/self-assessments/${w.ids.assessmentDel}` },

  // ---- story bank (lib/stories; mentors read it with the attempts scope)
  { op: "GET /api/stories", access: SIGNED_IN, path: () => "/api/stories" },
  { op: "POST /api/stories", access: SIGNED_IN, path: () => "/api/stories", body: () => storyBody },
  { op: "GET /api/stories/[id]", access: OWNER, path: (w) => `/api/stories/${w.ids.story}` },
  {
    op: "PUT /api/stories/[id]",
    access: OWNER,
    path: (w) => `/api/stories/${w.ids.story}`,
    // Keeps the title and situation (with their markers); the current version, read as the owner.
    body: async (w) => {
      const res = await w.subjects.owner.client.get<{ story: { title: string; situation: string; version: number } }>(`/api/stories/${w.ids.story}`);
      return { ...storyBody, title: res.body.story.title, situation: res.body.story.situation, version: res.body.story.version };
    },
  },
  { op: "DELETE /api/stories/[id]", access: OWNER, path: (w) => `/api/stories/${w.ids.storyDel}` },
  { op: "POST /api/stories/[id]/uses", access: OWNER, path: (w) => `/api/stories/${w.ids.story}/uses`, body: (w) => ({ attemptId: w.ids.storyAttempt }) },
  { op: "GET /api/mentoring/mentees/[menteeId]/stories", access: mentor("attempts"), path: (w) => `/api/mentoring/mentees/${w.ids.menteeId}/stories` },
  {
    op: "GET /api/mentoring/mentees/[menteeId]/stories/[storyId]",
    access: mentor("attempts"),
    path: (w) => `/api/mentoring/mentees/${w.ids.menteeId}/stories/${w.ids.story}`,
  },
  {
    op: "POST /api/mentoring/mentees/[menteeId]/stories/[storyId]/comments",
    access: mentor("attempts"),
    path: (w) => `/api/mentoring/mentees/${w.ids.menteeId}/stories/${w.ids.story}/comments`,
    body: () => ({ body: "Which number would a hiring manager remember?" }),
  },

  // ---- live mock interviews (issue 19): the candidate and the invited mentor (the all-scopes
  // one, "mentorWith" here) share the room; interviewer-only calls are 404 for the candidate.
  { op: "GET /api/live", access: SIGNED_IN, path: () => "/api/live" },
  {
    op: "POST /api/live",
    access: SIGNED_IN,
    path: () => "/api/live",
    body: (w) => ({ mentorshipId: w.ids.liveMentorship, templateId: "behavioural-30", scheduledAt: new Date(Date.now() + 86_400_000).toISOString() }),
    // Only the candidate of that mentorship may schedule with it: everyone else 400 (not their mentor).
    expect: { other: [400], mentorWith: [400], mentorWithout: [400], revoked: [400], withdrawn: [400] },
  },
  { op: "GET /api/live/[id]", access: OWNER, path: (w) => `/api/live/${w.ids.liveL}`, expect: { mentorWith: [200] }, ownerWrites: ["mentorWith"] },
  {
    op: "PATCH /api/live/[id]",
    access: OWNER,
    path: (w) => `/api/live/${w.ids.liveS}`,
    body: () => ({ scheduledAt: new Date(Date.now() + 2 * 86_400_000 + Math.floor(Math.random() * 1e6)).toISOString() }),
    expect: { mentorWith: [200] },
    ownerWrites: ["mentorWith"],
  },
  { op: "POST /api/live/[id]/cancel", access: OWNER, path: (w) => `/api/live/${w.ids.liveC}/cancel`, expect: { mentorWith: [200] }, ownerWrites: ["mentorWith"] },
  { op: "GET /api/live/[id]/calendar", access: OWNER, path: (w) => `/api/live/${w.ids.liveS}/calendar`, expect: { mentorWith: [200] } },
  { op: "GET /api/live/[id]/events", access: OWNER, path: (w) => `/api/live/${w.ids.liveL}/events`, expect: { mentorWith: [200] } },
  {
    op: "POST /api/live/[id]/events",
    access: OWNER,
    path: (w) => `/api/live/${w.ids.liveL}/events`,
    body: () => ({ kind: "hint", text: "Think about the trade-offs." }),
    expect: { owner: [404], mentorWith: [201] },
    ownerWrites: ["mentorWith"],
  },
  { op: "POST /api/live/[id]/start", access: OWNER, path: (w) => `/api/live/${w.ids.liveStart}/start`, expect: { owner: [404], mentorWith: [200] }, ownerWrites: ["mentorWith"] },
  {
    op: "POST /api/live/[id]/control",
    access: OWNER,
    path: (w) => `/api/live/${w.ids.liveL}/control`,
    body: () => ({ action: "pause" }),
    expect: { owner: [404], mentorWith: [200] },
    ownerWrites: ["mentorWith"],
  },
  {
    op: "PUT /api/live/[id]/questions/[slot]",
    access: OWNER,
    path: (w) => `/api/live/${w.ids.liveL}/questions/0`,
    body: () => ({ scores, note: "Good structure.", shareNote: false }),
    expect: { owner: [404], mentorWith: [200] },
    ownerWrites: ["mentorWith"],
  },
  { op: "GET /api/live/[id]/report", access: OWNER, path: (w) => `/api/live/${w.ids.liveF}/report`, expect: { mentorWith: [200] } },
  // ---- mentoring: the candidate's side
  { op: "GET /api/mentors/invitations", access: SIGNED_IN, path: () => "/api/mentors/invitations" },
  { op: "POST /api/mentors/invitations", access: SIGNED_IN, path: () => "/api/mentors/invitations", body: () => ({ scopes: ALL_SCOPES }) },
  { op: "DELETE /api/mentors/invitations/[id]", access: OWNER, path: (w) => `/api/mentors/invitations/${w.ids.invitationDel}` },
  { op: "GET /api/mentors/access-log", access: SIGNED_IN, path: () => "/api/mentors/access-log" },
  { op: "GET /api/mentors/calibration", access: SIGNED_IN, path: () => "/api/mentors/calibration" },
  { op: "GET /api/mentorships", access: SIGNED_IN, path: () => "/api/mentorships" },
  {
    op: "PATCH /api/mentorships/[id]",
    access: OWNER,
    // A mentor tries to widen its own mentorship; everyone else a spare one of the owner's.
    path: (w, who) => `/api/mentorships/${who.mentorshipId ?? w.ids.spare1}`,
    body: () => ALL_SCOPES,
  },
  { op: "DELETE /api/mentorships/[id]", access: OWNER, path: (w) => `/api/mentorships/${w.ids.spare2}` },
  {
    op: "POST /api/review-requests",
    access: OWNER,
    path: () => "/api/review-requests",
    body: (w, who) => ({ mentorshipId: who.mentorshipId ?? w.ids.spare1, attemptId: w.ids.attemptA, note: "Please look" }),
  },
  { op: "DELETE /api/review-requests/[id]", access: OWNER, path: (w) => `/api/review-requests/${w.ids.requestDel}` },

  // ---- mentoring: the mentor's side
  { op: "GET /api/mentoring", access: SIGNED_IN, path: () => "/api/mentoring" },
  { op: "GET /api/mentoring/queue", access: SIGNED_IN, path: () => "/api/mentoring/queue" },
  { op: "GET /api/mentoring/mentees/[menteeId]", access: mentor("any"), path: (w) => mentee(w) },
  {
    op: "GET /api/mentoring/mentees/[menteeId]/progress",
    access: mentor("progress"),
    path: (w) => `${mentee(w)}/progress`,
    inspect: (_w, role, who, body) => (role === "mentorWith" ? progressFiguresBeyondScopes(who, body) : []),
  },
  { op: "GET /api/mentoring/mentees/[menteeId]/offers", access: mentor("offers"), path: (w) => `${mentee(w)}/offers` },
  { op: "GET /api/mentoring/mentees/[menteeId]/plan", access: mentor("plan"), path: (w) => `${mentee(w)}/plan` },
  { op: "GET /api/mentoring/mentees/[menteeId]/mocks/[id]", access: mentor("mocks"), path: (w) => `${mentee(w)}/mocks/${w.ids.mockF}` },
  ...(
    [
      ["attempt", mentor("attempts"), (w: World) => w.ids.attemptA],
      ["answer of a mock", mentor("mocks"), (w: World) => w.ids.mockAttempt],
      ["attempt shared by a review request", mentor("request"), (w: World) => w.ids.attemptR],
      ["attempt of the withdrawn request", mentor("attempts"), (w: World) => w.ids.attemptW],
    ] as const
  ).flatMap(([label, access, id]): Entry[] => [
    { op: "GET /api/mentoring/mentees/[menteeId]/attempts/[id]", case: label, access, path: (w) => `${mentee(w)}/attempts/${id(w)}` },
    { op: "GET /api/mentoring/mentees/[menteeId]/attempts/[id]/comments", case: label, access, path: (w) => `${mentee(w)}/attempts/${id(w)}/comments` },
    { op: "GET /api/mentoring/mentees/[menteeId]/attempts/[id]/ai-review", case: label, access, path: (w) => `${mentee(w)}/attempts/${id(w)}/ai-review` },
    { op: "GET /api/mentoring/mentees/[menteeId]/attempts/[id]/feedback", case: label, access, path: (w) => `${mentee(w)}/attempts/${id(w)}/feedback` },
    { op: "GET /api/mentoring/mentees/[menteeId]/attempts/[id]/recording", case: label, access, path: (w) => `${mentee(w)}/attempts/${id(w)}/recording` },
    {
      op: "POST /api/mentoring/mentees/[menteeId]/attempts/[id]/comments",
      case: label,
      access,
      path: (w) => `${mentee(w)}/attempts/${id(w)}/comments`,
      body: () => ({ body: "Have you considered the baseline?" }),
    },
    {
      op: "PUT /api/mentoring/mentees/[menteeId]/attempts/[id]/review",
      case: label,
      access,
      path: (w) => `${mentee(w)}/attempts/${id(w)}/review`,
      body: () => ({ scores, summary: "Solid." }),
    },
  ]),

  ...(
    [
      ["attempt", mentor("attempts"), (w: World) => w.ids.attemptA],
      ["attempt shared by a review request", mentor("request"), (w: World) => w.ids.attemptR],
      ["attempt of the withdrawn request", mentor("attempts"), (w: World) => w.ids.attemptW],
    ] as const
  ).map(
    ([label, access, id]): Entry => ({
      op: "GET /api/mentoring/mentees/[menteeId]/attempts/[id]/recording/audio",
      case: label,
      access,
      path: (w) => `${mentee(w)}/attempts/${id(w)}/recording/audio`,
    }),
  ),

  // ---- last: invitations accepted with a token, sessions and accounts ended
  {
    op: "POST /api/invitations/accept",
    access: SIGNED_IN,
    path: () => "/api/invitations/accept",
    // The link token is a bearer secret: whoever holds one may accept it (one per caller).
    body: (w, who) => ({ token: w.acceptTokens[who.key] ?? "x".repeat(43) }),
    expect: { owner: [400], other: ACCEPTED, revoked: ACCEPTED, mentorWith: [409], mentorWithout: [409], withdrawn: [409] },
    ownerWrites: ["other", "revoked"],
    reveals: ["identity"],
    last: true,
  },
  { op: "GET /api/account/sessions", access: SIGNED_IN, path: () => "/api/account/sessions" },
  { op: "GET /api/account/links", access: SIGNED_IN, path: () => "/api/account/links" },
  {
    // No provider is configured on the test server: 404 for everyone signed in, nothing linked.
    op: "POST /api/account/links",
    access: SIGNED_IN,
    path: () => "/api/account/links",
    body: () => ({ provider: "github" }),
    expect: { owner: [404], other: [404], mentorWith: [404], mentorWithout: [404], revoked: [404], withdrawn: [404] },
  },
  {
    // Unlinking a provider the caller never linked: 404 for everyone signed in.
    op: "DELETE /api/account/links/[provider]",
    access: SIGNED_IN,
    path: () => "/api/account/links/github",
    expect: { owner: [404], other: [404], mentorWith: [404], mentorWithout: [404], revoked: [404], withdrawn: [404] },
  },
  {
    // Others send the owner's current password: it changes only their own (wrong current password: 400).
    op: "POST /api/account/password",
    access: SIGNED_IN,
    path: () => "/api/account/password",
    body: (w) => ({ currentPassword: w.ownerPassword, newPassword: w.ownerPassword }),
    expect: { owner: [400], other: [400], mentorWith: [400], mentorWithout: [400], revoked: [400], withdrawn: [400] },
  },
  {
    // The same 202 for every email, known or not (an email without an account here, so nothing is
    // written after the answer); 429 once this address has asked 20 times in an hour.
    op: "POST /api/password-reset",
    access: PUBLIC,
    path: () => "/api/password-reset",
    body: () => ({ email: uniqueEmail("authz-reset") }),
    expect: Object.fromEntries(ROLES.map((r) => [r, [202, 429]])),
  },
  {
    // A token nobody was sent: refused for everyone, the owner's password unchanged.
    op: "POST /api/password-reset/confirm",
    access: PUBLIC,
    path: () => "/api/password-reset/confirm",
    body: () => ({ token: "A".repeat(43), password: `${PASSWORD} changed` }),
    expect: { anonymous: [400], owner: [400], other: [400], mentorWith: [400], mentorWithout: [400], revoked: [400], withdrawn: [400] },
  },
  {
    // Signing out one session by id: the owner ends a second session of theirs; others aim at the
    // owner's session and get 404 (the owner's rows stay as they were).
    op: "DELETE /api/account/sessions/[id]",
    access: OWNER,
    path: () => "/api/account/sessions/x",
    last: true,
    call: async (w, who) => {
      let target = await ownerSessionId(w);
      if (who.key === "owner") {
        const second = new Client();
        if (!(await second.signIn(who.email!, w.ownerPassword)).ok) return { status: 599, text: "owner could not sign in again" };
        target = await ownerSessionId(w);
      }
      const res = await who.client.json("DELETE", `/api/account/sessions/${target}`);
      return { status: res.status, text: JSON.stringify(res.body) };
    },
  },
  {
    op: "DELETE /api/account/sessions",
    access: SIGNED_IN,
    path: () => "/api/account/sessions",
    last: true,
  },
  {
    op: "DELETE /api/account",
    access: SIGNED_IN,
    path: () => "/api/account",
    // Others send the owner's email and password: their own account is not deleted with it (400).
    body: (w) => ({ email: w.subjects.owner.email, password: w.ownerPassword }),
    expect: { other: [400], mentorWith: [400], mentorWithout: [400], revoked: [400], withdrawn: [400] },
    last: true,
    call: async (w, who) => {
      // Everyone signed out everywhere just before (the entry above): sign in again, then delete.
      const c = who.email ? new Client() : who.client;
      if (who.email && !(await c.signIn(who.email, who.key === "owner" ? w.ownerPassword : PASSWORD)).ok)
        return { status: 599, text: `${who.key} could not sign in again` };
      const res = await c.json("DELETE", "/api/account", { email: w.subjects.owner.email, password: w.ownerPassword });
      return { status: res.status, text: JSON.stringify(res.body) };
    },
  },
];
