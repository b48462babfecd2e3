// The success bodies of the API's operations (zod), by operationId: each route() call names
// its own as `response: responses.<operationId>`, and lib/api/openapi.ts turns them into the
// OpenAPI document. Objects are open (`looseObject`): adding a field is not a breaking change,
// while every listed field must be there with its type. Responses are checked against the
// document in every integration test (tests/support/contract.ts) and by the contract fuzzer.
//
// ENTITIES are defined once below (`entity("Attempt", …)`) and reused by every operation that
// answers them; the document lists each once under `components.schemas` and points at it with
// `$ref` (docs/decisions/0016-api-contract.md). Their nested parts have fixed fields too.
//
// ADDING AN OPERATION: add `export const <operationId> = z.looseObject({ … })` at the END of this
// file (reuse an entity, e.g. `z.looseObject({ offer: Offer })`), then name it in the route() call.
import { z } from "zod";

/** A shared shape: one `components.schemas.<id>` entry in the document, `$ref`'d where used. */
function entity<T extends z.ZodType>(id: string, schema: T): T {
  return schema.meta({ id });
}
const str = z.string().nullable();
const num = z.number().nullable();
const bool = z.boolean().nullable();
const open = z.looseObject({});

// ----- Shared entities (components.schemas) -----

/** An ISO 8601 UTC date-time (`2026-12-06T14:25:10.000Z`). */
const Timestamp = entity("Timestamp", z.iso.datetime());
const at = Timestamp.nullable();
/** A user as others see them. */
const Person = entity("Person", z.looseObject({ id: z.string(), name: z.string().nullable() }));
const Author = entity(
  "Author",
  z.looseObject({ id: z.string(), name: z.string(), role: z.enum(["candidate", "mentor"]) }),
);
/** What a candidate shares with a mentor (lib/mentors/scopes.ts). */
const Scopes = entity(
  "Scopes",
  z.looseObject({
    attempts: z.boolean(),
    mocks: z.boolean(),
    progress: z.boolean(),
    offers: z.boolean(),
    plan: z.boolean(),
  }),
);
/** The four rubric scores of an answer, 0-10 each. */
const AnswerScores = entity(
  "AnswerScores",
  z.looseObject({
    technicalAccuracy: z.number(),
    communicationClarity: z.number(),
    problemSolving: z.number(),
    practicalConsiderations: z.number(),
  }),
);

const attemptFields = {
  id: z.string(),
  questionId: str,
  questionTitle: str,
  questionType: str,
  status: z.enum(["in-progress", "submitted", "scored"]),
  format: str,
  answer: open.nullable(),
  allocatedSeconds: num,
  startedAt: at,
  submittedAt: at,
  timeSpentMs: num,
  scores: AnswerScores.nullable(),
  averageTenths: num,
  keyPointsCovered: z.array(z.number()).nullable(),
  keyPointCount: num,
  rating: num,
  scoredAt: at,
  createdAt: at,
  updatedAt: at,
};
/** A practice attempt (lib/practice/attempts.ts AttemptView). */
const Attempt = entity(
  "Attempt",
  z.looseObject({
    ...attemptFields,
    version: z.number(),
    clock: z
      .looseObject({
        activeMs: z.number(),
        running: z.boolean(),
        pausedBy: z.enum(["user", "left"]).nullable(),
        serverNow: Timestamp,
      })
      .nullable(),
  }),
);
/** A mentee's attempt as their mentor reads it. */
const MenteeAttempt = entity("MenteeAttempt", z.looseObject(attemptFields));
/** One row of the attempt list. */
const AttemptSummary = entity(
  "AttemptSummary",
  z.looseObject({
    id: z.string(),
    questionId: str,
    questionTitle: str,
    questionType: str,
    status: attemptFields.status,
    scores: AnswerScores.nullable(),
    averageTenths: num,
    timeSpentMs: num,
    allocatedSeconds: num,
    keyPointsCovered: z.array(z.number()).nullable(),
    keyPointCount: num,
    createdAt: at,
    submittedAt: at,
  }),
);
/** A comment in a review thread. */
const Comment = entity(
  "Comment",
  z.looseObject({ id: z.string(), parentId: str, author: Author.nullable(), body: str, createdAt: at }),
);
/** A mentor's review of an answer. */
const Review = entity(
  "Review",
  z.looseObject({
    mentorId: str,
    mentorName: str,
    scores: AnswerScores.nullable(),
    average: num,
    summary: str,
    createdAt: at,
    updatedAt: at,
  }),
);
/** A request for a mentor's review. */
const ReviewRequest = entity(
  "ReviewRequest",
  z.looseObject({
    id: z.string(),
    kind: str,
    itemId: str,
    title: str,
    mentorshipId: str,
    mentorName: str,
    note: str,
    requestedAt: at,
    completedAt: at,
  }),
);
/** A mentor invitation. */
const Invitation = entity(
  "Invitation",
  z.looseObject({
    id: z.string(),
    label: str,
    scopes: Scopes.nullable(),
    status: str,
    expiresAt: at,
    createdAt: at,
    acceptedAt: at,
    acceptedBy: str,
    revokedAt: at,
  }),
);
/** A mentorship: candidate, mentor and what is shared. */
const Mentorship = entity(
  "Mentorship",
  z.looseObject({
    id: z.string(),
    candidate: Person.nullable(),
    mentor: Person.nullable(),
    scopes: Scopes.nullable(),
    startedAt: at,
    endedAt: at,
  }),
);
/** A mock interview's state (lib/mocks/mocks.ts MockState). */
const Mock = entity(
  "Mock",
  z.looseObject({
    id: z.string(),
    templateId: str,
    title: str,
    difficulty: str,
    seriesNumber: num,
    status: z.enum(["in-progress", "finished"]),
    startedAt: at,
    finishedAt: at,
    finishedEarly: bool,
    msPerMinute: num,
    stages: z.array(z.looseObject({ kind: z.enum(["block", "break"]), index: z.number() })).nullable(),
    sessions: z.array(z.looseObject({ index: z.number(), title: z.string() })).nullable(),
    position: z
      .looseObject({ stage: z.number(), question: z.number(), slot: z.number().nullable() })
      .nullable(),
    clock: z
      .looseObject({
        finished: z.boolean(),
        running: z.boolean(),
        stage: z.number(),
        stageAllocatedMs: z.number(),
        stageRemainingMs: z.number(),
        totalMs: z.number(),
        passedMs: z.number(),
        pausedBy: z.enum(["user", "left"]).nullable(),
        serverNow: Timestamp,
      })
      .nullable(),
    questions: z
      .array(z.looseObject({ slot: z.number(), attemptId: z.string(), title: z.string() }))
      .nullable(),
    questionCount: num,
  }),
);
const mockBody = z.looseObject({ mock: Mock });
/** One row of the mock list. */
const MockSummary = entity(
  "MockSummary",
  z.looseObject({
    id: z.string(),
    title: str,
    templateId: str,
    difficulty: str,
    seriesNumber: num,
    status: z.enum(["in-progress", "finished"]),
    startedAt: at,
    finishedAt: at,
    overall: num,
    band: str,
    scored: num,
    questionCount: num,
  }),
);
/** A career-network item. */
const NetworkItem = entity(
  "NetworkItem",
  z.looseObject({
    id: z.string(),
    kind: str,
    title: str,
    notes: str,
    targetDate: str,
    status: str,
    version: z.number(),
    createdAt: at,
  }),
);
const offerFields = {
  id: z.string(),
  company: str,
  role: str,
  level: str,
  region: str,
  location: str,
  remotePolicy: str,
  currency: str,
  baseSalary: num,
  targetBonusPercent: num,
  signingBonus: num,
  signingBonusMonth: num,
  equity: z.looseObject({ type: z.string() }).nullable(),
  vesting: z.looseObject({ preset: z.string(), customPercents: z.array(z.number()).nullable() }).nullable(),
  annualRefresher: num,
  benefitsValue: num,
  retirementMatchPercent: num,
  notes: str,
  version: z.number(),
  createdAt: at,
  updatedAt: at,
  comp: z.looseObject({ years: z.array(open), fourYearTotal: z.number(), annualised: z.number() }).nullable(),
  band: open.nullable(),
  mix: z.array(open).nullable(),
};
/** One offer of the offer list (with its computed compensation). */
const OfferSummary = entity("OfferSummary", z.looseObject(offerFields));
/** An offer with its negotiables and research answers. */
const Offer = entity(
  "Offer",
  z.looseObject({ ...offerFields, negotiables: z.array(z.string()).nullable(), research: open.nullable() }),
);
const offerBody = z.looseObject({ offer: Offer });
/** A comparison criterion of the offer matrix. */
const Criterion = entity("Criterion", z.looseObject({ id: z.string(), name: str, weight: num, kind: str }));
/** The five-year plan. */
const Plan = entity(
  "Plan",
  z.looseObject({
    id: z.string(),
    trackId: str,
    stageId: str,
    startsOn: str,
    year1Role: str,
    year1Goals: str,
    years2to3Role: str,
    years2to3Goals: str,
    years4to5Role: str,
    years4to5Goals: str,
    version: z.number(),
    createdAt: at,
    updatedAt: at,
  }),
);
/** A plan milestone. */
const Milestone = entity(
  "Milestone",
  z.looseObject({
    id: z.string(),
    title: str,
    description: str,
    targetDate: str,
    status: str,
    progress: num,
    skills: z.array(z.string()).nullable(),
    evidence: z.array(z.looseObject({ label: z.string(), url: z.string() })).nullable(),
    position: num,
    version: z.number(),
    horizon: str,
    overdue: bool,
  }),
);
/** Today's view of the plan: its window, horizons and overdue count. */
const PlanSummary = entity(
  "PlanSummary",
  z.looseObject({
    today: str,
    window: z.looseObject({ start: z.string(), end: z.string() }).nullable(),
    horizons: z.array(open).nullable(),
    overdue: num,
  }),
);
const planBody = z.looseObject({ plan: Plan, milestones: z.array(Milestone), summary: PlanSummary });
/** A learning-log entry. */
const LearningEntry = entity(
  "LearningEntry",
  z.looseObject({ id: z.string(), date: str, category: str, minutes: num, note: str, createdAt: at }),
);
/** A month of the learning log. */
const LearningMonth = entity(
  "LearningMonth",
  z.looseObject({ month: str, categories: z.array(open).nullable(), minutes: num, targetMinutes: num }),
);
/** A mock-interview preparation (company, date, checklist). */
const Interview = entity(
  "Interview",
  z.looseObject({
    id: z.string(),
    company: str,
    date: str,
    kind: str,
    notes: str,
    version: z.number(),
    checked: z.array(z.string()).nullable(),
    progress: open.nullable(),
    createdAt: at,
  }),
);
/** A practice-journal entry. */
const JournalEntry = entity(
  "JournalEntry",
  z.looseObject({
    id: z.string(),
    title: str,
    body: str,
    entryDate: str,
    promptId: str,
    promptTitle: str,
    version: z.number(),
    createdAt: at,
    updatedAt: at,
  }),
);
/** The user's profile. */
const Profile = entity(
  "Profile",
  z.looseObject({
    id: z.string(),
    email: str,
    displayName: str,
    targetRole: str,
    targetLevel: str,
    region: str,
    yearsExperience: num,
    nextInterviewOn: str,
    timeZone: str,
    version: z.number(),
    createdAt: at,
    hasPassword: bool,
  }),
);
const questionFields = {
  id: z.string(),
  slug: str,
  title: str,
  type: str,
  focusArea: str,
  difficulty: str,
  allocatedMinutes: num,
  expectedMinutes: num,
  tags: z.array(z.string()).nullable(),
  companyType: str,
  source: str,
};
/** One row of the question list. */
const QuestionSummary = entity("QuestionSummary", z.looseObject({ ...questionFields, challenged: bool }));
/** A question with its prompt, the reader's state and (once revealed) its answer. */
const Question = entity(
  "Question",
  z.looseObject({
    ...questionFields,
    prompt: str,
    retired: bool,
    isOwner: bool,
    version: z.number(),
    answer: open.nullable(),
    state: open.nullable(),
  }),
);
/** A rubric self-assessment. */
const SelfAssessment = entity(
  "SelfAssessment",
  z.looseObject({
    id: z.string(),
    assessedOn: str,
    scores: z
      .looseObject({
        mlFundamentals: z.number(),
        deepLearning: z.number(),
        systemDesign: z.number(),
        communicationLeadership: z.number(),
      })
      .nullable(),
    overall: num,
    band: str,
    note: str,
    version: z.number(),
  }),
);
/** The offer matrix: criteria, offers, scored rows and the winner. */
const Matrix = entity(
  "Matrix",
  z.looseObject({
    criteria: z.array(open),
    offers: z.array(open),
    rows: z.array(open),
    winnerId: z.string().nullable(),
    derivedAvailable: z.boolean(),
    sensitivity: z.unknown(),
  }),
);

/** `{ ok: true }`, the answer of most deletions. */
export const ok = z.looseObject({ ok: z.literal(true) });

// ----- Operations -----

/** GET /api/health (also answered with 503 when degraded) */
export const getHealth = z.looseObject({
  status: z.enum(["ok", "degraded"]),
  database: z.enum(["up", "down"]),
  migrations: z
    .looseObject({ applied: z.number().int(), pending: z.array(z.string()), failed: z.array(z.string()) })
    .nullable(),
});
/** GET /api/debug/query-count */
export const getQueryCount = z.looseObject({ queries: z.number().int() });
/** GET /api/account/links */
export const listLinks = z.looseObject({
  links: z.array(z.looseObject({ provider: z.string(), linkedAt: Timestamp })),
  available: z.array(z.enum(["github", "google"])),
});
/** POST /api/account/links */
export const startLink = z.looseObject({ ok: z.literal(true), provider: z.string() });
/** DELETE /api/account/links/[provider] */
export const unlinkProvider = ok;
/** POST /api/password-reset (202) */
export const requestPasswordReset = z.looseObject({ ok: z.literal(true), message: z.string() });
/** POST /api/password-reset/confirm */
export const confirmPasswordReset = ok;
/** GET /api/mocks/templates */
export const listMockTemplates = z.looseObject({
  templates: z.array(
    z.looseObject({
      id: z.string(),
      title: z.string(),
      description: z.string(),
      segments: z.array(z.unknown()),
      totals: open,
    }),
  ),
});
/** DELETE /api/network/[itemId] */
export const deleteNetworkItem = z.looseObject({ deleted: z.string() });
/** GET /api/offers/matrix */
export const getMatrix = z.looseObject({ matrix: Matrix });
/** PUT /api/offers/[id]/scores */
export const setOfferScores = getMatrix;
/** GET /api/mentoring/mentees/[menteeId] */
export const getMentee = z.looseObject({
  mentee: Person,
  mentorshipId: z.string(),
  scopes: Scopes,
  attempts: z.array(open),
  mocks: z.array(open),
});
/** GET /api/mentoring/mentees/[menteeId]/mocks/[id] */
export const getMenteeMock = z.looseObject({
  mentee: Person,
  request: open.nullable(),
  report: open,
  reviews: z.unknown(),
});
/** GET /api/mentoring/mentees/[menteeId]/offers */
export const getMenteeOffers = z.looseObject({ mentee: Person, offers: z.array(open) });
/** GET /api/mentoring/mentees/[menteeId]/plan */
export const getMenteePlan = z.looseObject({ mentee: Person, plan: open.nullable() });
/** GET /api/mentoring/mentees/[menteeId]/progress */
export const getMenteeProgress = z.looseObject({
  mentee: Person,
  scopes: Scopes,
  progress: open,
  assessments: z.array(open),
});
/** DELETE /api/account */
export const deleteAccount = z.looseObject({ ok: z.boolean() });
/** GET /api/account/export */
export const exportAccount = z.looseObject({
  format: z.string(),
  formatVersion: z.number(),
  exportedAt: Timestamp,
  profile: Profile,
  selfAssessments: z.array(z.unknown()),
  questions: z.looseObject({
    personalQuestions: z.array(z.unknown()).nullable(),
    questionStates: z.array(z.unknown()).nullable(),
  }),
  practice: z.looseObject({
    attempts: z.array(z.unknown()).nullable(),
    reviewCards: z.array(z.unknown()).nullable(),
    quizResults: z.array(z.unknown()).nullable(),
    journalEntries: z.array(z.unknown()).nullable(),
    interviews: z.array(z.unknown()).nullable(),
  }),
  offers: z.looseObject({ offers: z.array(z.unknown()).nullable(), matrix: open.nullable() }),
  careerPlan: z.looseObject({
    plan: z.unknown(),
    milestones: z.array(z.unknown()).nullable(),
    learningEntries: z.array(z.unknown()).nullable(),
    networkItems: z.array(z.unknown()).nullable(),
  }),
  mockInterviews: z.array(
    z.looseObject({
      id: z.string(),
      templateId: str,
      difficulty: str,
      seriesNumber: num,
      status: str,
      stageMs: z.array(z.number()).nullable(),
      startedAt: at,
      finishedAt: at,
      finishedEarly: bool,
      answers: z.array(z.unknown()).nullable(),
    }),
  ),
  mentoring: z.looseObject({
    invitations: z.array(z.unknown()).nullable(),
    mentorships: z.array(z.unknown()).nullable(),
    reviewRequests: z.array(z.unknown()).nullable(),
    reviewsReceived: z.array(z.unknown()).nullable(),
    reviewsWritten: z.array(z.unknown()).nullable(),
    comments: z.array(z.unknown()).nullable(),
    notifications: z.array(z.unknown()).nullable(),
    accessLog: z.array(z.unknown()).nullable(),
  }),
});
/** POST /api/account/password */
export const changePassword = z.looseObject({ ok: z.boolean(), endedSessions: z.number() });
/** GET /api/account/sessions */
export const listSessions = z.looseObject({
  sessions: z.array(
    z.looseObject({
      id: z.string(),
      device: str,
      address: str,
      createdAt: at,
      lastSeenAt: at,
      current: bool,
    }),
  ),
});
/** DELETE /api/account/sessions */
export const revokeSessions = z.looseObject({ ok: z.boolean(), ended: z.number() });
/** DELETE /api/account/sessions/[id] */
export const revokeSession = z.looseObject({ ok: z.boolean(), current: z.boolean() });
/** POST /api/accounts */
export const signUp = z.looseObject({
  user: z.looseObject({ id: z.string(), email: str, displayName: str }),
});
/** POST /api/invitations/accept */
export const acceptInvitation = z.looseObject({
  mentorship: z.looseObject({ id: z.string(), candidateId: str, candidateName: str, startedAt: at }),
});
/** GET /api/learning */
export const getLearningOverview = z.looseObject({
  today: z.string(),
  currentMonth: LearningMonth,
  months: z.array(LearningMonth),
  totalsByCategory: z.array(z.looseObject({ category: str, minutes: num })),
  recent: z.array(LearningEntry),
});
/** POST /api/learning */
export const addLearningEntry = z.looseObject({ entry: LearningEntry });
/** DELETE /api/learning/[entryId] */
export const deleteLearningEntry = z.looseObject({ deleted: z.string() });
/** GET /api/mentoring */
export const getMentorDashboard = z.looseObject({
  mentees: z.array(
    z.looseObject({
      id: z.string(),
      name: str,
      mentorshipId: str,
      since: at,
      scopes: Scopes.nullable(),
      latestBand: open.nullable(),
      lastActivityAt: at,
      waiting: num,
    }),
  ),
  activity: z.array(z.looseObject({ kind: str, menteeId: str, menteeName: str, title: str, at, link: str })),
});
/** GET /api/mentoring/mentees/[menteeId]/attempts/[id] */
export const getMenteeAttempt = z.looseObject({
  mentee: Person,
  request: z.looseObject({ note: str, requestedAt: at, completedAt: at }).nullable(),
  attempt: MenteeAttempt,
  question: z.looseObject({
    id: z.string(),
    title: str,
    prompt: str,
    type: str,
    focusArea: str,
    difficulty: str,
    keyPoints: z.array(z.unknown()).nullable(),
    modelAnswer: str,
  }),
  mockId: str,
  review: Review.nullable(),
  comments: z.array(Comment),
});
/** POST /api/mentoring/mentees/[menteeId]/attempts/[id]/comments */
export const addMenteeAttemptComment = z.looseObject({ comment: Comment });
/** PUT /api/mentoring/mentees/[menteeId]/attempts/[id]/review */
export const saveMenteeAttemptReview = z.looseObject({ review: Review });
/** GET /api/mentoring/queue */
export const getReviewQueue = z.looseObject({
  items: z.array(
    z.looseObject({
      id: z.string(),
      kind: str,
      title: str,
      candidate: Person.nullable(),
      note: str,
      requestedAt: at,
      waited: str,
      waitedMs: num,
      link: str,
    }),
  ),
});
/** GET /api/mentors/access-log */
export const listAccessLog = z.looseObject({
  entries: z.array(
    z.looseObject({ id: z.string(), mentor: Person.nullable(), kind: str, itemId: str, label: str, at }),
  ),
});
/** GET /api/mentors/calibration */
export const getCalibration = z.looseObject({
  calibration: z.looseObject({
    overall: open.nullable(),
    points: z.array(open).nullable(),
    domains: z.array(open).nullable(),
    items: z.array(open).nullable(),
  }),
});
/** GET /api/mentors/invitations */
export const listInvitations = z.looseObject({ invitations: z.array(Invitation) });
/** POST /api/mentors/invitations */
export const createInvitation = z.looseObject({ invitation: Invitation, path: z.string(), code: z.string() });
/** DELETE /api/mentors/invitations/[id] */
export const revokeInvitation = z.looseObject({ invitation: Invitation });
/** GET /api/mentorships */
export const listMentorships = z.looseObject({ mentors: z.array(Mentorship), mentees: z.array(Mentorship) });
/** PATCH /api/mentorships/[id] */
export const updateMentorshipScopes = z.looseObject({ mentorship: Mentorship });
/** DELETE /api/mentorships/[id] */
export const endMentorship = updateMentorshipScopes;
/** GET /api/mocks */
export const listMocks = z.looseObject({ mocks: z.array(MockSummary) });
/** POST /api/mocks */
export const createMock = mockBody;
/** GET /api/mocks/[id] */
export const getMock = mockBody;
/** POST /api/mocks/[id]/advance */
export const advanceMock = mockBody;
/** GET /api/mocks/[id]/answers/[slot] */
export const getMockAnswer = z.looseObject({
  slot: z.number(),
  format: z.string(),
  answer: z.looseObject({ text: str }),
  version: z.number(),
});
/** PUT /api/mocks/[id]/answers/[slot] */
export const saveMockAnswer = z.looseObject({ version: z.number(), savedAt: Timestamp });
/** PUT /api/mocks/[id]/answers/[slot]/score */
export const scoreMockAnswer = z.looseObject({
  slot: z.number(),
  scores: AnswerScores,
  keyPointsCovered: z.array(z.number()),
  rating: z.number(),
});
/** POST /api/mocks/[id]/finish */
export const finishMock = mockBody;
/** POST /api/mocks/[id]/move */
export const moveInMock = mockBody;
/** POST /api/mocks/[id]/pause */
export const pauseMock = mockBody;
/** GET /api/mocks/[id]/report */
export const getMockReport = z.looseObject({
  report: z.looseObject({
    id: z.string(),
    title: str,
    difficulty: str,
    seriesNumber: num,
    startedAt: at,
    finishedAt: at,
    finishedEarly: bool,
    sessions: z.array(open).nullable(),
    questions: z.array(open).nullable(),
    scores: open.nullable(),
    time: z.array(open).nullable(),
    checklist: open.nullable(),
  }),
});
/** POST /api/mocks/[id]/resume */
export const resumeMock = mockBody;
/** GET /api/network */
export const listNetworkItems = z.looseObject({ items: z.array(NetworkItem) });
/** POST /api/network */
export const createNetworkItem = z.looseObject({ item: NetworkItem });
/** PATCH /api/network/[itemId] */
export const updateNetworkItem = createNetworkItem;
/** GET /api/notifications */
export const listNotifications = z.looseObject({
  items: z.array(
    z.looseObject({ id: z.string(), kind: str, text: str, link: str, read: bool, createdAt: at }),
  ),
  unread: z.number(),
});
/** POST /api/notifications/read */
export const markNotificationsRead = z.looseObject({ unread: z.number() });
/** GET /api/notifications/unread-count */
export const getUnreadCount = markNotificationsRead;
/** GET /api/offers */
export const listOffers = z.looseObject({ offers: z.array(OfferSummary) });
/** POST /api/offers */
export const createOffer = offerBody;
/** GET /api/offers/[id] */
export const getOffer = offerBody;
/** PUT /api/offers/[id] */
export const updateOffer = offerBody;
/** DELETE /api/offers/[id] */
export const deleteOffer = z.looseObject({ ok: z.boolean() });
/** POST /api/offers/[id]/duplicate */
export const duplicateOffer = offerBody;
/** PUT /api/offers/[id]/negotiables */
export const setNegotiable = z.looseObject({ negotiables: z.array(z.string()) });
/** PUT /api/offers/[id]/research */
export const setResearchAnswer = z.looseObject({ key: z.string(), answer: z.string() });
/** GET /api/offers/criteria */
export const getCriteria = z.looseObject({ version: z.number(), criteria: z.array(Criterion) });
/** PUT /api/offers/criteria */
export const updateCriteria = getCriteria;
/** GET /api/plans */
export const getUserPlan = z.looseObject({
  plan: Plan.nullable(),
  milestones: z.array(Milestone),
  summary: PlanSummary.nullable(),
});
/** POST /api/plans */
export const createPlan = planBody;
/** GET /api/plans/[planId] */
export const getPlan = planBody;
/** PUT /api/plans/[planId] */
export const updatePlan = planBody;
/** POST /api/plans/[planId]/milestones */
export const createMilestone = z.looseObject({ milestone: Milestone });
/** PATCH /api/plans/[planId]/milestones/[milestoneId] */
export const updateMilestone = createMilestone;
/** DELETE /api/plans/[planId]/milestones/[milestoneId] */
export const deleteMilestone = z.looseObject({ deleted: z.string() });
/** GET /api/practice/attempts */
export const listAttempts = z.looseObject({ attempts: z.array(AttemptSummary) });
/** POST /api/practice/attempts */
export const startAttempt = z.looseObject({ attempt: Attempt });
/** GET /api/practice/attempts/[id] */
export const getAttempt = startAttempt;
/** PUT /api/practice/attempts/[id] */
export const saveAttemptAnswer = saveMockAnswer;
/** POST /api/practice/attempts/[id]/comments */
export const addAttemptComment = addMenteeAttemptComment;
/** POST /api/practice/attempts/[id]/pause */
export const pauseAttempt = startAttempt;
/** POST /api/practice/attempts/[id]/resume */
export const resumeAttempt = startAttempt;
/** GET /api/practice/attempts/[id]/reviews */
export const listAttemptReviews = z.looseObject({
  threads: z.array(
    z.looseObject({
      mentor: Person.nullable(),
      active: bool,
      review: Review.nullable(),
      comments: z.array(Comment).nullable(),
    }),
  ),
  requests: z.array(ReviewRequest),
});
/** PUT /api/practice/attempts/[id]/score */
export const scoreAttempt = startAttempt;
/** POST /api/practice/attempts/[id]/submit */
export const submitAttempt = startAttempt;
/** POST /api/practice/interviews */
export const createInterview = z.looseObject({ interview: Interview });
/** GET /api/practice/interviews/[id] */
export const getInterview = createInterview;
/** PUT /api/practice/interviews/[id]/checks */
export const setInterviewCheck = createInterview;
/** GET /api/practice/journal */
export const listJournalEntries = z.looseObject({
  entries: z.array(JournalEntry),
  prompts: z.array(z.looseObject({ id: z.string(), title: str, prompt: str })),
});
/** POST /api/practice/journal */
export const createJournalEntry = z.looseObject({ entry: JournalEntry });
/** PUT /api/practice/journal/[id] */
export const updateJournalEntry = createJournalEntry;
/** DELETE /api/practice/journal/[id] */
export const deleteJournalEntry = z.looseObject({ ok: z.boolean() });
/** GET /api/practice/quiz */
export const getQuizRound = z.looseObject({
  items: z.array(
    z.looseObject({
      id: z.string(),
      title: str,
      prompt: str,
      answer: str,
      keyPoints: z.array(z.unknown()).nullable(),
      due: z.unknown(),
    }),
  ),
  stats: z.looseObject({ all: num, knew: num, week: num, weekKnew: num }),
});
/** POST /api/practice/quiz/results */
export const recordQuizResult = z.looseObject({
  result: z.looseObject({ id: z.string(), knew: bool, createdAt: at }),
  nextDue: Timestamp,
});
/** GET /api/practice/review */
export const getReviewSchedule = z.looseObject({
  due: z.array(z.unknown()),
  dueCount: z.number(),
  forecast: z.array(z.looseObject({ date: str, count: num })),
  scheduledTotal: z.number(),
  timeZone: z.string(),
});
/** GET /api/profile */
export const getProfile = z.looseObject({ profile: Profile });
/** PUT /api/profile */
export const updateProfile = getProfile;
/** GET /api/progress */
export const getProgress = z.looseObject({
  today: z.string(),
  timeZone: z.string(),
  domainScores: z.looseObject({
    sources: z.array(z.unknown()).nullable(),
    weeks: z.array(z.unknown()).nullable(),
    domains: z.array(z.unknown()).nullable(),
  }),
  readiness: z.looseObject({ points: z.array(z.unknown()).nullable(), latest: open.nullable() }),
  focusAreas: z.looseObject({ areas: z.array(z.unknown()).nullable(), total: num }),
  weakest: z.looseObject({ windowDays: num, areas: z.array(z.unknown()).nullable() }),
  activity: z.looseObject({ streak: open.nullable(), heatmap: open.nullable() }),
  timePractised: z.looseObject({
    weeks: z.array(z.unknown()).nullable(),
    thisWeekMinutes: num,
    totalMinutes: num,
  }),
  reviews: z.looseObject({ due: num, nextWeek: num, scheduled: num, nextDueAt: at }),
  timeline: z.looseObject({
    state: str,
    message: str,
    interviewOn: str.optional(),
    planStart: str.optional(),
    daysLeft: num.optional(),
    currentWeek: num.optional(),
    planWeeks: num.optional(),
    fit: z
      .looseObject({ kind: z.string(), days: z.number(), note: z.string(), dropped: z.array(z.unknown()) })
      .nullable()
      .optional(),
    phases: z.array(z.unknown()).nullable().optional(),
    next: open.nullable().optional(),
    catchUp: z.array(z.unknown()).nullable().optional(),
  }),
});
/** GET /api/questions */
export const listQuestions = z.looseObject({
  items: z.array(QuestionSummary),
  nextCursor: z.string().nullable(),
  total: z.number(),
  sort: z.string(),
  facets: z.looseObject({
    type: open.nullable(),
    focusArea: open.nullable(),
    difficulty: open.nullable(),
    companyType: open.nullable(),
    source: open.nullable(),
    tags: z.array(z.looseObject({ tag: z.string(), count: z.number() })).nullable(),
  }),
});
/** POST /api/questions */
export const createPersonalQuestion = z.looseObject({
  question: z.looseObject({ id: z.string(), version: z.number() }),
});
/** GET /api/questions/[id] */
export const getQuestion = z.looseObject({ question: Question });
/** PUT /api/questions/[id] */
export const updatePersonalQuestion = createPersonalQuestion;
/** DELETE /api/questions/[id] */
export const deletePersonalQuestion = z.looseObject({ ok: z.boolean() });
/** PUT /api/questions/[id]/bookmark */
export const setChallenged = z.looseObject({ challenged: z.boolean() });
/** PUT /api/questions/[id]/note */
export const saveQuestionNote = z.looseObject({ note: z.string(), noteVersion: z.number() });
/** POST /api/questions/[id]/reveal */
export const revealAnswer = getQuestion;
/** POST /api/review-requests */
export const createReviewRequest = z.looseObject({ request: ReviewRequest });
/** DELETE /api/review-requests/[id] */
export const withdrawReviewRequest = z.looseObject({ ok: z.boolean() });
/** GET /api/self-assessments */
export const listSelfAssessments = z.looseObject({ assessments: z.array(SelfAssessment) });
/** POST /api/self-assessments */
export const createSelfAssessment = z.looseObject({ assessment: SelfAssessment });
/** PUT /api/self-assessments/[id] */
export const updateSelfAssessment = createSelfAssessment;
/** DELETE /api/self-assessments/[id] */
export const deleteSelfAssessment = z.looseObject({ ok: z.boolean() });
/** GET /api/mentoring/mentees/[menteeId]/attempts/[id]/comments */
export const listMenteeAttemptComments = z.looseObject({ comments: z.array(Comment) });
/** PUT /api/plans/[planId]/milestones/order */
export const reorderMilestones = z.looseObject({ milestones: z.array(Milestone) });
/** GET /api/practice/interviews */
export const listInterviews = z.looseObject({ interviews: z.array(Interview) });
/** PUT /api/practice/interviews/[id] */
export const updateInterview = createInterview;
/** DELETE /api/practice/interviews/[id] */
export const deleteInterview = ok;

// Answer feedback (key-point coverage, lib/feedback/answer-feedback.ts)
export const getAttemptFeedback = z.looseObject({ feedback: open });
export const getMockAnswerFeedback = getAttemptFeedback;
/** GET /api/mocks/[id]/answers/[slot]/model-answer (lib/mocks/model-answer.ts) */
export const getMockModelAnswer = z.looseObject({ modelAnswer: z.looseObject({ slot: z.number(), html: z.string() }) });
export const getMenteeFeedback = getAttemptFeedback;

// AI reviews (lib/ai/review.ts)
export const getAiSettings = z.looseObject({
  ai: z.looseObject({ configured: z.boolean(), enabled: z.boolean() }),
});
export const setAiSettings = getAiSettings;
export const listAiReviews = z.looseObject({ reviews: z.array(open) });
export const requestAiReview = z.looseObject({ review: open });
export const listMenteeAiReviews = listAiReviews;

// Offers: archive and restore
export const archiveOffer = z.looseObject({ offer: open });

// STAR story bank (lib/stories)
const story = entity(
  "Story",
  z.looseObject({
    id: z.string(),
    title: z.string(),
    situation: z.string(),
    task: z.string(),
    action: z.string(),
    result: z.string(),
    competencies: z.array(z.string()),
    suitsFor: z.array(z.string()),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
    useCount: z.number(),
  }),
);
const storyComment = entity(
  "StoryComment",
  z.looseObject({
    id: z.string(),
    mentorId: z.string(),
    author: z.string(),
    byMentor: z.boolean(),
    body: z.string(),
    createdAt: z.string(),
  }),
);
const storyUse = z.looseObject({
  id: z.string(),
  usedAt: z.string(),
  attemptId: z.string(),
  questionTitle: z.string(),
  mock: z.looseObject({ id: z.string(), title: z.string() }).nullable(),
  status: z.enum(["in-progress", "submitted", "scored"]),
  selfScore: z.number().nullable(),
  mentorScore: z.number().nullable(),
  mentorReviews: z.number(),
});
/** GET /api/stories */
export const listStories = z.looseObject({ stories: z.array(story) });
/** POST /api/stories */
export const createStory = z.looseObject({ story });
/** GET /api/stories/[id] */
export const getStory = z.looseObject({
  story: story.extend({ uses: z.array(storyUse), comments: z.array(storyComment) }),
});
/** PUT /api/stories/[id] */
export const updateStory = createStory;
/** DELETE /api/stories/[id] */
export const deleteStory = z.looseObject({ ok: z.boolean() });
/** POST /api/stories/[id]/uses */
export const recordStoryUse = z.looseObject({
  use: z.looseObject({ id: z.string(), storyId: z.string(), attemptId: z.string(), createdAt: z.string() }),
});
/** GET /api/mentoring/mentees/[menteeId]/stories */
export const listMenteeStories = z.looseObject({ candidateName: z.string(), stories: z.array(story) });
/** GET /api/mentoring/mentees/[menteeId]/stories/[storyId] */
export const getMenteeStory = z.looseObject({
  candidateName: z.string(),
  story,
  comments: z.array(storyComment),
});
/** POST /api/mentoring/mentees/[menteeId]/stories/[storyId]/comments */
export const addMenteeStoryComment = z.looseObject({ comment: storyComment });
// Spoken answers (lib/speech/recordings.ts)
const recording = entity(
  "Recording",
  z.looseObject({
    id: z.string(),
    attemptId: z.string(),
    mimeType: z.string(),
    status: z.enum(["recording", "complete"]),
    totalBytes: z.number().int(),
    nextSeq: z.number().int(),
    durationMs: z.number().int().nullable(),
    metrics: open.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
);
export const getRecording = z.looseObject({ recording: recording.nullable() });
export const startRecording = z.looseObject({ recording });
export const completeRecording = startRecording;
export const deleteRecording = ok;
export const uploadRecordingChunk = startRecording;
export const saveRecordingMetrics = startRecording;
export const getMenteeRecording = getRecording;
// ----- Live mock interviews (issue 19, lib/live) -----
const liveMock = entity("LiveMock", z.looseObject({
  id: z.string(),
  status: z.enum(["scheduled", "cancelled", "live", "finished"]),
  title: z.string(),
  templateId: z.string(),
  difficulty: z.string(),
  scheduledAt: Timestamp,
  durationMinutes: z.number().int(),
  note: z.string(),
  candidate: Person,
  mentor: Person,
  mockId: z.string().nullable(),
  cancelledAt: at,
  role: z.enum(["candidate", "mentor"]),
}));
const liveEvent = z.looseObject({ id: z.string(), kind: z.string(), payload: z.unknown(), at: Timestamp });
/** GET /api/live */
export const listLiveMocks = z.looseObject({ liveMocks: z.array(liveMock) });
/** POST /api/live (201) */
export const scheduleLiveMock = z.looseObject({ liveMock });
/** PATCH /api/live/[id] */
export const rescheduleLiveMock = scheduleLiveMock;
/** POST /api/live/[id]/cancel */
export const cancelLiveMock = scheduleLiveMock;
/** GET /api/live/[id] */
export const getLiveMock = z.looseObject({
  live: liveMock,
  presence: z.looseObject({ candidate: z.boolean(), mentor: z.boolean() }),
  lastEventId: z.string(),
  mock: open.nullable(),
  interviewer: z.array(open).nullable(),
  assessments: z.array(open).nullable(),
  messages: z.array(open),
  history: z.array(open),
});
/** POST /api/live/[id]/start */
export const startLiveMock = getLiveMock;
/** GET /api/live/[id]/events (JSON page; the stream is text/event-stream) */
export const listLiveEvents = z.looseObject({ events: z.array(liveEvent), lastEventId: z.string() });
/** POST /api/live/[id]/events (201) */
export const sendLiveMessage = z.looseObject({
  message: z.looseObject({ id: z.string(), kind: z.enum(["hint", "follow-up"]), text: z.string(), slot: z.number().int().nullable() }),
});
/** POST /api/live/[id]/control */
export const controlLiveMock = z.looseObject({ mock: open });
/** PUT /api/live/[id]/questions/[slot] */
export const assessLiveQuestion = z.looseObject({
  assessment: z.looseObject({ slot: z.number().int(), scores: open.nullable(), note: z.string(), shared: z.boolean() }),
});
/** GET /api/live/[id]/report */
export const getLiveMockReport = z.looseObject({
  live: liveMock,
  report: open,
  assessments: z.array(open),
  followUps: z.array(open),
  timeline: z.array(open),
});
/** GET /api/plans/[planId]/project-extension */
export const getProjectExtension = z.looseObject({
  components: z.array(z.looseObject({ key: z.string(), title: z.string(), bullets: z.array(z.string()), milestoneId: z.string().nullable() })),
  criteria: z.looseObject({ checked: z.array(z.string()), version: z.number() }),
});
/** POST /api/plans/[planId]/project-extension/milestones */
export const adoptProjectComponents = z.looseObject({
  milestones: z.array(createMilestone.shape.milestone),
  alreadyAdopted: z.array(z.string()),
});
/** PUT /api/plans/[planId]/project-extension/criteria */
export const setProjectCriteria = z.looseObject({ criteria: getProjectExtension.shape.criteria });
/** POST /api/practice/attempts/[id]/recording/transcript */
export const transcribeRecording = z.looseObject({ transcript: z.looseObject({ text: z.string() }) });
/** GET /api/debug/empty (benchmarks only) */
export const getBenchEmpty = z.looseObject({ ok: z.literal(true) });
/** GET /api/debug/session (benchmarks only) */
export const getBenchSession = z.looseObject({ ok: z.literal(true) });
