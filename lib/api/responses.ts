// The success bodies of the API's operations (zod), by operationId: each route() call names
// its own as `response: responses.<operationId>`, and lib/api/openapi.ts turns them into the
// OpenAPI document. Objects are open (`looseObject`): adding a field is not a breaking change,
// while every listed field must be there with its type. Entities list their fields one level
// deep; deeper parts are open objects. Responses are checked against the document in every
// integration test (tests/support/contract.ts) and by the contract fuzzer.
//
// ADDING AN OPERATION: add `export const <operationId> = z.looseObject({ … })` here (reuse an
// entity's shape, e.g. `createOffer.shape.offer`), then name it in the route() call.
import { z } from "zod";

/** `{ ok: true }`, the answer of most deletions. */
export const ok = z.looseObject({ ok: z.literal(true) });
const person = z.looseObject({ id: z.string(), name: z.string().nullable() });
const open = z.looseObject({});

// ----- Operations whose bodies were written from the code (lib/… return values) -----

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
  links: z.array(z.looseObject({ provider: z.string(), linkedAt: z.iso.datetime() })),
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
export const getMatrix = z.looseObject({
  matrix: z.looseObject({
    criteria: z.array(open),
    offers: z.array(open),
    rows: z.array(open),
    winnerId: z.string().nullable(),
    derivedAvailable: z.boolean(),
    sensitivity: z.unknown(),
  }),
});
/** PUT /api/offers/[id]/scores */
export const setOfferScores = getMatrix;
/** GET /api/mentoring/mentees/[menteeId] */
export const getMentee = z.looseObject({
  mentee: person,
  mentorshipId: z.string(),
  scopes: open,
  attempts: z.array(open),
  mocks: z.array(open),
});
/** GET /api/mentoring/mentees/[menteeId]/mocks/[id] */
export const getMenteeMock = z.looseObject({
  mentee: person,
  request: open.nullable(),
  report: open,
  reviews: z.unknown(),
});
/** GET /api/mentoring/mentees/[menteeId]/offers */
export const getMenteeOffers = z.looseObject({ mentee: person, offers: z.array(open) });
/** GET /api/mentoring/mentees/[menteeId]/plan */
export const getMenteePlan = z.looseObject({ mentee: person, plan: open.nullable() });
/** GET /api/mentoring/mentees/[menteeId]/progress */
export const getMenteeProgress = z.looseObject({
  mentee: person,
  scopes: open,
  progress: open,
  assessments: z.array(open),
});

// ----- Operations whose bodies were inferred from the answers the integration tests saw -----
// (fields one level into each entity are nullable unless every answer had them non-null)

/** DELETE /api/account */
export const deleteAccount = z.looseObject({ ok: z.boolean() });
/** GET /api/account/export */
export const exportAccount = z.looseObject({
  format: z.string(),
  formatVersion: z.number(),
  exportedAt: z.iso.datetime(),
  profile: z.looseObject({
    id: z.string(),
    email: z.string().nullable(),
    displayName: z.string().nullable(),
    targetRole: z.unknown(),
    targetLevel: z.unknown(),
    region: z.unknown(),
    yearsExperience: z.unknown(),
    nextInterviewOn: z.unknown(),
    timeZone: z.string().nullable(),
    version: z.number(),
    createdAt: z.iso.datetime().nullable(),
    hasPassword: z.boolean().nullable(),
  }),
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
  offers: z.looseObject({ offers: z.array(z.unknown()).nullable(), matrix: z.looseObject({}).nullable() }),
  careerPlan: z.looseObject({
    plan: z.unknown(),
    milestones: z.array(z.unknown()).nullable(),
    learningEntries: z.array(z.unknown()).nullable(),
    networkItems: z.array(z.unknown()).nullable(),
  }),
  mockInterviews: z.array(
    z.looseObject({
      id: z.string(),
      templateId: z.string().nullable(),
      difficulty: z.string().nullable(),
      seriesNumber: z.unknown(),
      status: z.string().nullable(),
      stageMs: z.array(z.unknown()).nullable(),
      startedAt: z.iso.datetime().nullable(),
      finishedAt: z.iso.datetime().nullable(),
      finishedEarly: z.boolean().nullable(),
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
      device: z.string().nullable(),
      address: z.string().nullable(),
      createdAt: z.iso.datetime().nullable(),
      lastSeenAt: z.iso.datetime().nullable(),
      current: z.boolean().nullable(),
    }),
  ),
});
/** DELETE /api/account/sessions */
export const revokeSessions = z.looseObject({ ok: z.boolean(), ended: z.number() });
/** DELETE /api/account/sessions/[id] */
export const revokeSession = z.looseObject({ ok: z.boolean(), current: z.boolean() });
/** POST /api/accounts */
export const signUp = z.looseObject({
  user: z.looseObject({ id: z.string(), email: z.string().nullable(), displayName: z.string().nullable() }),
});
/** POST /api/invitations/accept */
export const acceptInvitation = z.looseObject({
  mentorship: z.looseObject({
    id: z.string(),
    candidateId: z.string().nullable(),
    candidateName: z.string().nullable(),
    startedAt: z.iso.datetime().nullable(),
  }),
});
/** GET /api/learning */
export const getLearningOverview = z.looseObject({
  today: z.string(),
  currentMonth: z.looseObject({
    month: z.string().nullable(),
    categories: z.array(z.unknown()).nullable(),
    minutes: z.number().nullable(),
    targetMinutes: z.number().nullable(),
  }),
  months: z.array(
    z.looseObject({
      month: z.string().nullable(),
      categories: z.array(z.unknown()).nullable(),
      minutes: z.number().nullable(),
      targetMinutes: z.number().nullable(),
    }),
  ),
  totalsByCategory: z.array(
    z.looseObject({ category: z.string().nullable(), minutes: z.number().nullable() }),
  ),
  recent: z.array(
    z.looseObject({
      id: z.string(),
      date: z.string().nullable(),
      category: z.string().nullable(),
      minutes: z.number().nullable(),
      note: z.string().nullable(),
      createdAt: z.iso.datetime().nullable(),
    }),
  ),
});
/** POST /api/learning */
export const addLearningEntry = z.looseObject({
  entry: z.looseObject({
    id: z.string(),
    date: z.string().nullable(),
    category: z.string().nullable(),
    minutes: z.number().nullable(),
    note: z.string().nullable(),
    createdAt: z.iso.datetime().nullable(),
  }),
});
/** DELETE /api/learning/[entryId] */
export const deleteLearningEntry = z.looseObject({ deleted: z.string() });
/** GET /api/mentoring */
export const getMentorDashboard = z.looseObject({
  mentees: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string().nullable(),
      mentorshipId: z.string().nullable(),
      since: z.iso.datetime().nullable(),
      scopes: z.looseObject({}).nullable(),
      latestBand: z.looseObject({}).nullable(),
      lastActivityAt: z.unknown(),
      waiting: z.number().nullable(),
    }),
  ),
  activity: z.array(
    z.looseObject({
      kind: z.string().nullable(),
      menteeId: z.string().nullable(),
      menteeName: z.string().nullable(),
      title: z.string().nullable(),
      at: z.iso.datetime().nullable(),
      link: z.string().nullable(),
    }),
  ),
});
/** GET /api/mentoring/mentees/[menteeId]/attempts/[id] */
export const getMenteeAttempt = z.looseObject({
  mentee: z.looseObject({ id: z.string(), name: z.string().nullable() }),
  request: z
    .looseObject({
      note: z.string().nullable(),
      requestedAt: z.iso.datetime().nullable(),
      completedAt: z.unknown(),
    })
    .nullable(),
  attempt: z.looseObject({
    id: z.string(),
    questionId: z.string().nullable(),
    questionTitle: z.string().nullable(),
    questionType: z.string().nullable(),
    status: z.string().nullable(),
    format: z.string().nullable(),
    answer: z.looseObject({}).nullable(),
    allocatedSeconds: z.number().nullable(),
    startedAt: z.iso.datetime().nullable(),
    submittedAt: z.iso.datetime().nullable(),
    timeSpentMs: z.number().nullable(),
    scores: z.looseObject({}).nullable(),
    averageTenths: z.number().nullable(),
    keyPointsCovered: z.array(z.unknown()).nullable(),
    keyPointCount: z.number().nullable(),
    rating: z.number().nullable(),
    scoredAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
  }),
  question: z.looseObject({
    id: z.string(),
    title: z.string().nullable(),
    prompt: z.string().nullable(),
    type: z.string().nullable(),
    focusArea: z.string().nullable(),
    difficulty: z.string().nullable(),
    keyPoints: z.array(z.unknown()).nullable(),
    modelAnswer: z.string().nullable(),
  }),
  mockId: z.unknown(),
  review: z.unknown(),
  comments: z.array(z.unknown()),
});
/** POST /api/mentoring/mentees/[menteeId]/attempts/[id]/comments */
export const addMenteeAttemptComment = z.looseObject({
  comment: z.looseObject({
    id: z.string(),
    parentId: z.unknown(),
    author: z.looseObject({}).nullable(),
    body: z.string().nullable(),
    createdAt: z.iso.datetime().nullable(),
  }),
});
/** PUT /api/mentoring/mentees/[menteeId]/attempts/[id]/review */
export const saveMenteeAttemptReview = z.looseObject({
  review: z.looseObject({
    mentorId: z.string().nullable(),
    mentorName: z.string().nullable(),
    scores: z.looseObject({}).nullable(),
    average: z.number().nullable(),
    summary: z.string().nullable(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
  }),
});
/** GET /api/mentoring/queue */
export const getReviewQueue = z.looseObject({
  items: z.array(
    z.looseObject({
      id: z.string(),
      kind: z.string().nullable(),
      title: z.string().nullable(),
      candidate: z.looseObject({}).nullable(),
      note: z.string().nullable(),
      requestedAt: z.iso.datetime().nullable(),
      waited: z.string().nullable(),
      waitedMs: z.number().nullable(),
      link: z.string().nullable(),
    }),
  ),
});
/** GET /api/mentors/access-log */
export const listAccessLog = z.looseObject({
  entries: z.array(
    z.looseObject({
      id: z.string(),
      mentor: z.looseObject({}).nullable(),
      kind: z.string().nullable(),
      itemId: z.string().nullable(),
      label: z.string().nullable(),
      at: z.iso.datetime().nullable(),
    }),
  ),
});
/** GET /api/mentors/calibration */
export const getCalibration = z.looseObject({
  calibration: z.looseObject({
    overall: z.looseObject({}).nullable(),
    points: z.array(z.unknown()).nullable(),
    domains: z.array(z.unknown()).nullable(),
    items: z.array(z.unknown()).nullable(),
  }),
});
/** GET /api/mentors/invitations */
export const listInvitations = z.looseObject({
  invitations: z.array(
    z.looseObject({
      id: z.string(),
      label: z.string().nullable(),
      scopes: z.looseObject({}).nullable(),
      status: z.string().nullable(),
      expiresAt: z.iso.datetime().nullable(),
      createdAt: z.iso.datetime().nullable(),
      acceptedAt: z.iso.datetime().nullable(),
      acceptedBy: z.string().nullable(),
      revokedAt: z.unknown(),
    }),
  ),
});
/** POST /api/mentors/invitations */
export const createInvitation = z.looseObject({
  invitation: z.looseObject({
    id: z.string(),
    label: z.string().nullable(),
    scopes: z.looseObject({}).nullable(),
    status: z.string().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime().nullable(),
    acceptedAt: z.unknown(),
    acceptedBy: z.unknown(),
    revokedAt: z.unknown(),
  }),
  path: z.string(),
  code: z.string(),
});
/** DELETE /api/mentors/invitations/[id] */
export const revokeInvitation = z.looseObject({
  invitation: z.looseObject({
    id: z.string(),
    label: z.string().nullable(),
    scopes: z.looseObject({}).nullable(),
    status: z.string().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime().nullable(),
    acceptedAt: z.unknown(),
    acceptedBy: z.unknown(),
    revokedAt: z.iso.datetime().nullable(),
  }),
});
/** GET /api/mentorships */
export const listMentorships = z.looseObject({
  mentors: z.array(
    z.looseObject({
      id: z.string(),
      candidate: z.looseObject({}).nullable(),
      mentor: z.looseObject({}).nullable(),
      scopes: z.looseObject({}).nullable(),
      startedAt: z.iso.datetime().nullable(),
      endedAt: z.unknown(),
    }),
  ),
  mentees: z.array(z.unknown()),
});
/** PATCH /api/mentorships/[id] */
export const updateMentorshipScopes = z.looseObject({
  mentorship: z.looseObject({
    id: z.string(),
    candidate: z.looseObject({}).nullable(),
    mentor: z.looseObject({}).nullable(),
    scopes: z.looseObject({}).nullable(),
    startedAt: z.iso.datetime().nullable(),
    endedAt: z.unknown(),
  }),
});
/** DELETE /api/mentorships/[id] */
export const endMentorship = z.looseObject({
  mentorship: z.looseObject({
    id: z.string(),
    candidate: z.looseObject({}).nullable(),
    mentor: z.looseObject({}).nullable(),
    scopes: z.looseObject({}).nullable(),
    startedAt: z.iso.datetime().nullable(),
    endedAt: z.iso.datetime().nullable(),
  }),
});
/** GET /api/mocks */
export const listMocks = z.looseObject({
  mocks: z.array(
    z.looseObject({
      id: z.string(),
      title: z.string().nullable(),
      templateId: z.string().nullable(),
      difficulty: z.string().nullable(),
      seriesNumber: z.unknown(),
      status: z.string().nullable(),
      startedAt: z.iso.datetime().nullable(),
      finishedAt: z.iso.datetime().nullable(),
      overall: z.number().nullable(),
      band: z.string().nullable(),
      scored: z.number().nullable(),
      questionCount: z.number().nullable(),
    }),
  ),
});
/** POST /api/mocks */
export const createMock = z.looseObject({
  mock: z.looseObject({
    id: z.string(),
    templateId: z.string().nullable(),
    title: z.string().nullable(),
    difficulty: z.string().nullable(),
    seriesNumber: z.number().nullable(),
    status: z.string().nullable(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.unknown(),
    finishedEarly: z.boolean().nullable(),
    msPerMinute: z.number().nullable(),
    stages: z.array(z.unknown()).nullable(),
    sessions: z.array(z.unknown()).nullable(),
    position: z.looseObject({}).nullable(),
    clock: z.looseObject({}).nullable(),
    questions: z.array(z.unknown()).nullable(),
    questionCount: z.number().nullable(),
  }),
});
/** GET /api/mocks/[id] */
export const getMock = z.looseObject({
  mock: z.looseObject({
    id: z.string(),
    templateId: z.string().nullable(),
    title: z.string().nullable(),
    difficulty: z.string().nullable(),
    seriesNumber: z.unknown(),
    status: z.string().nullable(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    finishedEarly: z.boolean().nullable(),
    msPerMinute: z.number().nullable(),
    stages: z.array(z.unknown()).nullable(),
    sessions: z.array(z.unknown()).nullable(),
    position: z.looseObject({}).nullable(),
    clock: z.looseObject({}).nullable(),
    questions: z.array(z.unknown()).nullable(),
    questionCount: z.number().nullable(),
  }),
});
/** POST /api/mocks/[id]/advance */
export const advanceMock = z.looseObject({
  mock: z.looseObject({
    id: z.string(),
    templateId: z.string().nullable(),
    title: z.string().nullable(),
    difficulty: z.string().nullable(),
    seriesNumber: z.unknown(),
    status: z.string().nullable(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.unknown(),
    finishedEarly: z.boolean().nullable(),
    msPerMinute: z.number().nullable(),
    stages: z.array(z.unknown()).nullable(),
    sessions: z.array(z.unknown()).nullable(),
    position: z.looseObject({}).nullable(),
    clock: z.looseObject({}).nullable(),
    questions: z.array(z.unknown()).nullable(),
    questionCount: z.number().nullable(),
  }),
});
/** GET /api/mocks/[id]/answers/[slot] */
export const getMockAnswer = z.looseObject({
  slot: z.number(),
  format: z.string(),
  answer: z.looseObject({ text: z.string().nullable() }),
  version: z.number(),
});
/** PUT /api/mocks/[id]/answers/[slot] */
export const saveMockAnswer = z.looseObject({ version: z.number(), savedAt: z.iso.datetime() });
/** PUT /api/mocks/[id]/answers/[slot]/score */
export const scoreMockAnswer = z.looseObject({
  slot: z.number(),
  scores: z.looseObject({
    technicalAccuracy: z.number().nullable(),
    communicationClarity: z.number().nullable(),
    problemSolving: z.number().nullable(),
    practicalConsiderations: z.number().nullable(),
  }),
  keyPointsCovered: z.array(z.unknown()),
  rating: z.number(),
});
/** POST /api/mocks/[id]/finish */
export const finishMock = z.looseObject({
  mock: z.looseObject({
    id: z.string(),
    templateId: z.string().nullable(),
    title: z.string().nullable(),
    difficulty: z.string().nullable(),
    seriesNumber: z.number().nullable(),
    status: z.string().nullable(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    finishedEarly: z.boolean().nullable(),
    msPerMinute: z.number().nullable(),
    stages: z.array(z.unknown()).nullable(),
    sessions: z.array(z.unknown()).nullable(),
    position: z.looseObject({}).nullable(),
    clock: z.looseObject({}).nullable(),
    questions: z.array(z.unknown()).nullable(),
    questionCount: z.number().nullable(),
  }),
});
/** POST /api/mocks/[id]/move */
export const moveInMock = z.looseObject({
  mock: z.looseObject({
    id: z.string(),
    templateId: z.string().nullable(),
    title: z.string().nullable(),
    difficulty: z.string().nullable(),
    seriesNumber: z.unknown(),
    status: z.string().nullable(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.unknown(),
    finishedEarly: z.boolean().nullable(),
    msPerMinute: z.number().nullable(),
    stages: z.array(z.unknown()).nullable(),
    sessions: z.array(z.unknown()).nullable(),
    position: z.looseObject({}).nullable(),
    clock: z.looseObject({}).nullable(),
    questions: z.array(z.unknown()).nullable(),
    questionCount: z.number().nullable(),
  }),
});
/** POST /api/mocks/[id]/pause */
export const pauseMock = z.looseObject({
  mock: z.looseObject({
    id: z.string(),
    templateId: z.string().nullable(),
    title: z.string().nullable(),
    difficulty: z.string().nullable(),
    seriesNumber: z.unknown(),
    status: z.string().nullable(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.unknown(),
    finishedEarly: z.boolean().nullable(),
    msPerMinute: z.number().nullable(),
    stages: z.array(z.unknown()).nullable(),
    sessions: z.array(z.unknown()).nullable(),
    position: z.looseObject({}).nullable(),
    clock: z.looseObject({}).nullable(),
    questions: z.array(z.unknown()).nullable(),
    questionCount: z.number().nullable(),
  }),
});
/** GET /api/mocks/[id]/report */
export const getMockReport = z.looseObject({
  report: z.looseObject({
    id: z.string(),
    title: z.string().nullable(),
    difficulty: z.string().nullable(),
    seriesNumber: z.unknown(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    finishedEarly: z.boolean().nullable(),
    sessions: z.array(z.unknown()).nullable(),
    questions: z.array(z.unknown()).nullable(),
    scores: z.looseObject({}).nullable(),
    time: z.array(z.unknown()).nullable(),
    checklist: z.looseObject({}).nullable(),
  }),
});
/** POST /api/mocks/[id]/resume */
export const resumeMock = z.looseObject({
  mock: z.looseObject({
    id: z.string(),
    templateId: z.string().nullable(),
    title: z.string().nullable(),
    difficulty: z.string().nullable(),
    seriesNumber: z.unknown(),
    status: z.string().nullable(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.unknown(),
    finishedEarly: z.boolean().nullable(),
    msPerMinute: z.number().nullable(),
    stages: z.array(z.unknown()).nullable(),
    sessions: z.array(z.unknown()).nullable(),
    position: z.looseObject({}).nullable(),
    clock: z.looseObject({}).nullable(),
    questions: z.array(z.unknown()).nullable(),
    questionCount: z.number().nullable(),
  }),
});
/** GET /api/network */
export const listNetworkItems = z.looseObject({
  items: z.array(
    z.looseObject({
      id: z.string(),
      kind: z.string().nullable(),
      title: z.string().nullable(),
      notes: z.string().nullable(),
      targetDate: z.string().nullable(),
      status: z.string().nullable(),
      version: z.number(),
      createdAt: z.iso.datetime().nullable(),
    }),
  ),
});
/** POST /api/network */
export const createNetworkItem = z.looseObject({
  item: z.looseObject({
    id: z.string(),
    kind: z.string().nullable(),
    title: z.string().nullable(),
    notes: z.string().nullable(),
    targetDate: z.string().nullable(),
    status: z.string().nullable(),
    version: z.number(),
    createdAt: z.iso.datetime().nullable(),
  }),
});
/** PATCH /api/network/[itemId] */
export const updateNetworkItem = z.looseObject({
  item: z.looseObject({
    id: z.string(),
    kind: z.string().nullable(),
    title: z.string().nullable(),
    notes: z.string().nullable(),
    targetDate: z.string().nullable(),
    status: z.string().nullable(),
    version: z.number(),
    createdAt: z.iso.datetime().nullable(),
  }),
});
/** GET /api/notifications */
export const listNotifications = z.looseObject({
  items: z.array(
    z.looseObject({
      id: z.string(),
      kind: z.string().nullable(),
      text: z.string().nullable(),
      link: z.string().nullable(),
      read: z.boolean().nullable(),
      createdAt: z.iso.datetime().nullable(),
    }),
  ),
  unread: z.number(),
});
/** POST /api/notifications/read */
export const markNotificationsRead = z.looseObject({ unread: z.number() });
/** GET /api/notifications/unread-count */
export const getUnreadCount = z.looseObject({ unread: z.number() });
/** GET /api/offers */
export const listOffers = z.looseObject({
  offers: z.array(
    z.looseObject({
      id: z.string(),
      company: z.string().nullable(),
      role: z.string().nullable(),
      level: z.string().nullable(),
      region: z.string().nullable(),
      location: z.string().nullable(),
      remotePolicy: z.string().nullable(),
      currency: z.string().nullable(),
      baseSalary: z.number().nullable(),
      targetBonusPercent: z.number().nullable(),
      signingBonus: z.number().nullable(),
      signingBonusMonth: z.number().nullable(),
      equity: z.looseObject({}).nullable(),
      vesting: z.looseObject({}).nullable(),
      annualRefresher: z.number().nullable(),
      benefitsValue: z.number().nullable(),
      retirementMatchPercent: z.number().nullable(),
      notes: z.string().nullable(),
      version: z.number(),
      createdAt: z.iso.datetime().nullable(),
      updatedAt: z.iso.datetime().nullable(),
      comp: z.looseObject({}).nullable(),
      band: z.looseObject({}).nullable(),
      mix: z.array(z.unknown()).nullable(),
    }),
  ),
});
/** POST /api/offers */
export const createOffer = z.looseObject({
  offer: z.looseObject({
    id: z.string(),
    company: z.string().nullable(),
    role: z.string().nullable(),
    level: z.string().nullable(),
    region: z.string().nullable(),
    location: z.string().nullable(),
    remotePolicy: z.string().nullable(),
    currency: z.string().nullable(),
    baseSalary: z.number().nullable(),
    targetBonusPercent: z.number().nullable(),
    signingBonus: z.number().nullable(),
    signingBonusMonth: z.number().nullable(),
    equity: z.looseObject({}).nullable(),
    vesting: z.looseObject({}).nullable(),
    annualRefresher: z.number().nullable(),
    benefitsValue: z.number().nullable(),
    retirementMatchPercent: z.number().nullable(),
    notes: z.string().nullable(),
    version: z.number(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
    comp: z.looseObject({}).nullable(),
    band: z.looseObject({}).nullable(),
    mix: z.array(z.unknown()).nullable(),
    negotiables: z.array(z.unknown()).nullable(),
    research: z.looseObject({}).nullable(),
  }),
});
/** GET /api/offers/[id] */
export const getOffer = z.looseObject({
  offer: z.looseObject({
    id: z.string(),
    company: z.string().nullable(),
    role: z.string().nullable(),
    level: z.string().nullable(),
    region: z.string().nullable(),
    location: z.string().nullable(),
    remotePolicy: z.string().nullable(),
    currency: z.string().nullable(),
    baseSalary: z.number().nullable(),
    targetBonusPercent: z.number().nullable(),
    signingBonus: z.number().nullable(),
    signingBonusMonth: z.number().nullable(),
    equity: z.looseObject({}).nullable(),
    vesting: z.looseObject({}).nullable(),
    annualRefresher: z.number().nullable(),
    benefitsValue: z.number().nullable(),
    retirementMatchPercent: z.number().nullable(),
    notes: z.string().nullable(),
    version: z.number(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
    comp: z.looseObject({}).nullable(),
    band: z.looseObject({}).nullable(),
    mix: z.array(z.unknown()).nullable(),
    negotiables: z.array(z.unknown()).nullable(),
    research: z.looseObject({}).nullable(),
  }),
});
/** PUT /api/offers/[id] */
export const updateOffer = z.looseObject({
  offer: z.looseObject({
    id: z.string(),
    company: z.string().nullable(),
    role: z.string().nullable(),
    level: z.string().nullable(),
    region: z.string().nullable(),
    location: z.string().nullable(),
    remotePolicy: z.string().nullable(),
    currency: z.string().nullable(),
    baseSalary: z.number().nullable(),
    targetBonusPercent: z.number().nullable(),
    signingBonus: z.number().nullable(),
    signingBonusMonth: z.number().nullable(),
    equity: z.looseObject({}).nullable(),
    vesting: z.looseObject({}).nullable(),
    annualRefresher: z.number().nullable(),
    benefitsValue: z.number().nullable(),
    retirementMatchPercent: z.number().nullable(),
    notes: z.string().nullable(),
    version: z.number(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
    comp: z.looseObject({}).nullable(),
    band: z.looseObject({}).nullable(),
    mix: z.array(z.unknown()).nullable(),
    negotiables: z.array(z.unknown()).nullable(),
    research: z.looseObject({}).nullable(),
  }),
});
/** DELETE /api/offers/[id] */
export const deleteOffer = z.looseObject({ ok: z.boolean() });
/** POST /api/offers/[id]/duplicate */
export const duplicateOffer = z.looseObject({
  offer: z.looseObject({
    id: z.string(),
    company: z.string().nullable(),
    role: z.string().nullable(),
    level: z.string().nullable(),
    region: z.string().nullable(),
    location: z.string().nullable(),
    remotePolicy: z.string().nullable(),
    currency: z.string().nullable(),
    baseSalary: z.number().nullable(),
    targetBonusPercent: z.number().nullable(),
    signingBonus: z.number().nullable(),
    signingBonusMonth: z.number().nullable(),
    equity: z.looseObject({}).nullable(),
    vesting: z.looseObject({}).nullable(),
    annualRefresher: z.number().nullable(),
    benefitsValue: z.number().nullable(),
    retirementMatchPercent: z.number().nullable(),
    notes: z.string().nullable(),
    version: z.number(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
    comp: z.looseObject({}).nullable(),
    band: z.looseObject({}).nullable(),
    mix: z.array(z.unknown()).nullable(),
    negotiables: z.array(z.unknown()).nullable(),
    research: z.looseObject({}).nullable(),
  }),
});
/** PUT /api/offers/[id]/negotiables */
export const setNegotiable = z.looseObject({ negotiables: z.array(z.string()) });
/** PUT /api/offers/[id]/research */
export const setResearchAnswer = z.looseObject({ key: z.string(), answer: z.string() });
/** GET /api/offers/criteria */
export const getCriteria = z.looseObject({
  version: z.number(),
  criteria: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string().nullable(),
      weight: z.number().nullable(),
      kind: z.string().nullable(),
    }),
  ),
});
/** PUT /api/offers/criteria */
export const updateCriteria = z.looseObject({
  version: z.number(),
  criteria: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string().nullable(),
      weight: z.number().nullable(),
      kind: z.string().nullable(),
    }),
  ),
});
/** GET /api/plans */
export const getUserPlan = z.looseObject({
  plan: z
    .looseObject({
      id: z.string(),
      trackId: z.string().nullable(),
      stageId: z.string().nullable(),
      startsOn: z.string().nullable(),
      year1Role: z.string().nullable(),
      year1Goals: z.string().nullable(),
      years2to3Role: z.string().nullable(),
      years2to3Goals: z.string().nullable(),
      years4to5Role: z.string().nullable(),
      years4to5Goals: z.string().nullable(),
      version: z.number(),
      createdAt: z.iso.datetime().nullable(),
      updatedAt: z.iso.datetime().nullable(),
    })
    .nullable(),
  milestones: z.array(z.unknown()),
  summary: z
    .looseObject({
      today: z.string().nullable(),
      window: z.looseObject({}).nullable(),
      horizons: z.array(z.unknown()).nullable(),
      overdue: z.number().nullable(),
    })
    .nullable(),
});
/** POST /api/plans */
export const createPlan = z.looseObject({
  plan: z.looseObject({
    id: z.string(),
    trackId: z.string().nullable(),
    stageId: z.string().nullable(),
    startsOn: z.string().nullable(),
    year1Role: z.string().nullable(),
    year1Goals: z.string().nullable(),
    years2to3Role: z.string().nullable(),
    years2to3Goals: z.string().nullable(),
    years4to5Role: z.string().nullable(),
    years4to5Goals: z.string().nullable(),
    version: z.number(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
  }),
  milestones: z.array(z.unknown()),
  summary: z.looseObject({
    today: z.string().nullable(),
    window: z.looseObject({}).nullable(),
    horizons: z.array(z.unknown()).nullable(),
    overdue: z.number().nullable(),
  }),
});
/** GET /api/plans/[planId] */
export const getPlan = z.looseObject({
  plan: z.looseObject({
    id: z.string(),
    trackId: z.string().nullable(),
    stageId: z.string().nullable(),
    startsOn: z.string().nullable(),
    year1Role: z.string().nullable(),
    year1Goals: z.string().nullable(),
    years2to3Role: z.string().nullable(),
    years2to3Goals: z.string().nullable(),
    years4to5Role: z.string().nullable(),
    years4to5Goals: z.string().nullable(),
    version: z.number(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
  }),
  milestones: z.array(
    z.looseObject({
      id: z.string(),
      title: z.string().nullable(),
      description: z.string().nullable(),
      targetDate: z.string().nullable(),
      status: z.string().nullable(),
      progress: z.number().nullable(),
      skills: z.array(z.unknown()).nullable(),
      evidence: z.array(z.unknown()).nullable(),
      position: z.number().nullable(),
      version: z.number(),
      horizon: z.string().nullable(),
      overdue: z.boolean().nullable(),
    }),
  ),
  summary: z.looseObject({
    today: z.string().nullable(),
    window: z.looseObject({}).nullable(),
    horizons: z.array(z.unknown()).nullable(),
    overdue: z.number().nullable(),
  }),
});
/** PUT /api/plans/[planId] */
export const updatePlan = z.looseObject({
  plan: z.looseObject({
    id: z.string(),
    trackId: z.string().nullable(),
    stageId: z.string().nullable(),
    startsOn: z.string().nullable(),
    year1Role: z.string().nullable(),
    year1Goals: z.string().nullable(),
    years2to3Role: z.string().nullable(),
    years2to3Goals: z.string().nullable(),
    years4to5Role: z.string().nullable(),
    years4to5Goals: z.string().nullable(),
    version: z.number(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
  }),
  milestones: z.array(z.unknown()),
  summary: z.looseObject({
    today: z.string().nullable(),
    window: z.looseObject({}).nullable(),
    horizons: z.array(z.unknown()).nullable(),
    overdue: z.number().nullable(),
  }),
});
/** POST /api/plans/[planId]/milestones */
export const createMilestone = z.looseObject({
  milestone: z.looseObject({
    id: z.string(),
    title: z.string().nullable(),
    description: z.string().nullable(),
    targetDate: z.string().nullable(),
    status: z.string().nullable(),
    progress: z.number().nullable(),
    skills: z.array(z.unknown()).nullable(),
    evidence: z.array(z.unknown()).nullable(),
    position: z.number().nullable(),
    version: z.number(),
    horizon: z.string().nullable(),
    overdue: z.boolean().nullable(),
  }),
});
/** PATCH /api/plans/[planId]/milestones/[milestoneId] */
export const updateMilestone = z.looseObject({
  milestone: z.looseObject({
    id: z.string(),
    title: z.string().nullable(),
    description: z.string().nullable(),
    targetDate: z.string().nullable(),
    status: z.string().nullable(),
    progress: z.number().nullable(),
    skills: z.array(z.unknown()).nullable(),
    evidence: z.array(z.unknown()).nullable(),
    position: z.number().nullable(),
    version: z.number(),
    horizon: z.string().nullable(),
    overdue: z.boolean().nullable(),
  }),
});
/** DELETE /api/plans/[planId]/milestones/[milestoneId] */
export const deleteMilestone = z.looseObject({ deleted: z.string() });
/** GET /api/practice/attempts */
export const listAttempts = z.looseObject({
  attempts: z.array(
    z.looseObject({
      id: z.string(),
      questionId: z.string().nullable(),
      questionTitle: z.string().nullable(),
      questionType: z.string().nullable(),
      status: z.string().nullable(),
      scores: z.looseObject({}).nullable(),
      averageTenths: z.number().nullable(),
      timeSpentMs: z.number().nullable(),
      allocatedSeconds: z.number().nullable(),
      keyPointsCovered: z.array(z.unknown()).nullable(),
      keyPointCount: z.number().nullable(),
      createdAt: z.iso.datetime().nullable(),
      submittedAt: z.iso.datetime().nullable(),
    }),
  ),
});
/** POST /api/practice/attempts */
export const startAttempt = z.looseObject({
  attempt: z.looseObject({
    id: z.string(),
    questionId: z.string().nullable(),
    questionTitle: z.string().nullable(),
    questionType: z.string().nullable(),
    status: z.string().nullable(),
    format: z.string().nullable(),
    answer: z.looseObject({}).nullable(),
    version: z.number(),
    allocatedSeconds: z.number().nullable(),
    startedAt: z.iso.datetime().nullable(),
    clock: z.looseObject({}).nullable(),
    submittedAt: z.unknown(),
    timeSpentMs: z.unknown(),
    scores: z.unknown(),
    averageTenths: z.unknown(),
    keyPointsCovered: z.array(z.unknown()).nullable(),
    keyPointCount: z.number().nullable(),
    rating: z.unknown(),
    scoredAt: z.unknown(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
  }),
});
/** GET /api/practice/attempts/[id] */
export const getAttempt = z.looseObject({
  attempt: z.looseObject({
    id: z.string(),
    questionId: z.string().nullable(),
    questionTitle: z.string().nullable(),
    questionType: z.string().nullable(),
    status: z.string().nullable(),
    format: z.string().nullable(),
    answer: z.looseObject({}).nullable(),
    version: z.number(),
    allocatedSeconds: z.number().nullable(),
    startedAt: z.iso.datetime().nullable(),
    clock: z.looseObject({}).nullable(),
    submittedAt: z.iso.datetime().nullable(),
    timeSpentMs: z.number().nullable(),
    scores: z.unknown(),
    averageTenths: z.unknown(),
    keyPointsCovered: z.array(z.unknown()).nullable(),
    keyPointCount: z.number().nullable(),
    rating: z.unknown(),
    scoredAt: z.unknown(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
  }),
});
/** PUT /api/practice/attempts/[id] */
export const saveAttemptAnswer = z.looseObject({ version: z.number(), savedAt: z.iso.datetime() });
/** POST /api/practice/attempts/[id]/comments */
export const addAttemptComment = z.looseObject({
  comment: z.looseObject({
    id: z.string(),
    parentId: z.string().nullable(),
    author: z.looseObject({}).nullable(),
    body: z.string().nullable(),
    createdAt: z.iso.datetime().nullable(),
  }),
});
/** POST /api/practice/attempts/[id]/pause */
export const pauseAttempt = z.looseObject({
  attempt: z.looseObject({
    id: z.string(),
    questionId: z.string().nullable(),
    questionTitle: z.string().nullable(),
    questionType: z.string().nullable(),
    status: z.string().nullable(),
    format: z.string().nullable(),
    answer: z.looseObject({}).nullable(),
    version: z.number(),
    allocatedSeconds: z.number().nullable(),
    startedAt: z.iso.datetime().nullable(),
    clock: z.looseObject({}).nullable(),
    submittedAt: z.unknown(),
    timeSpentMs: z.unknown(),
    scores: z.unknown(),
    averageTenths: z.unknown(),
    keyPointsCovered: z.array(z.unknown()).nullable(),
    keyPointCount: z.number().nullable(),
    rating: z.unknown(),
    scoredAt: z.unknown(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
  }),
});
/** POST /api/practice/attempts/[id]/resume */
export const resumeAttempt = z.looseObject({
  attempt: z.looseObject({
    id: z.string(),
    questionId: z.string().nullable(),
    questionTitle: z.string().nullable(),
    questionType: z.string().nullable(),
    status: z.string().nullable(),
    format: z.string().nullable(),
    answer: z.looseObject({}).nullable(),
    version: z.number(),
    allocatedSeconds: z.number().nullable(),
    startedAt: z.iso.datetime().nullable(),
    clock: z.looseObject({}).nullable(),
    submittedAt: z.unknown(),
    timeSpentMs: z.unknown(),
    scores: z.unknown(),
    averageTenths: z.unknown(),
    keyPointsCovered: z.array(z.unknown()).nullable(),
    keyPointCount: z.number().nullable(),
    rating: z.unknown(),
    scoredAt: z.unknown(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
  }),
});
/** GET /api/practice/attempts/[id]/reviews */
export const listAttemptReviews = z.looseObject({
  threads: z.array(
    z.looseObject({
      mentor: z.looseObject({}).nullable(),
      active: z.boolean().nullable(),
      review: z.looseObject({}).nullable(),
      comments: z.array(z.unknown()).nullable(),
    }),
  ),
  requests: z.array(
    z.looseObject({
      id: z.string(),
      kind: z.string().nullable(),
      itemId: z.string().nullable(),
      title: z.string().nullable(),
      mentorshipId: z.string().nullable(),
      mentorName: z.string().nullable(),
      note: z.string().nullable(),
      requestedAt: z.iso.datetime().nullable(),
      completedAt: z.iso.datetime().nullable(),
    }),
  ),
});
/** PUT /api/practice/attempts/[id]/score */
export const scoreAttempt = z.looseObject({
  attempt: z.looseObject({
    id: z.string(),
    questionId: z.string().nullable(),
    questionTitle: z.string().nullable(),
    questionType: z.string().nullable(),
    status: z.string().nullable(),
    format: z.string().nullable(),
    answer: z.looseObject({}).nullable(),
    version: z.number(),
    allocatedSeconds: z.number().nullable(),
    startedAt: z.iso.datetime().nullable(),
    clock: z.looseObject({}).nullable(),
    submittedAt: z.iso.datetime().nullable(),
    timeSpentMs: z.number().nullable(),
    scores: z.looseObject({}).nullable(),
    averageTenths: z.number().nullable(),
    keyPointsCovered: z.array(z.unknown()).nullable(),
    keyPointCount: z.number().nullable(),
    rating: z.number().nullable(),
    scoredAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
  }),
});
/** POST /api/practice/attempts/[id]/submit */
export const submitAttempt = z.looseObject({
  attempt: z.looseObject({
    id: z.string(),
    questionId: z.string().nullable(),
    questionTitle: z.string().nullable(),
    questionType: z.string().nullable(),
    status: z.string().nullable(),
    format: z.string().nullable(),
    answer: z.looseObject({}).nullable(),
    version: z.number(),
    allocatedSeconds: z.number().nullable(),
    startedAt: z.iso.datetime().nullable(),
    clock: z.looseObject({}).nullable(),
    submittedAt: z.iso.datetime().nullable(),
    timeSpentMs: z.number().nullable(),
    scores: z.unknown(),
    averageTenths: z.unknown(),
    keyPointsCovered: z.array(z.unknown()).nullable(),
    keyPointCount: z.number().nullable(),
    rating: z.unknown(),
    scoredAt: z.unknown(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
  }),
});
/** POST /api/practice/interviews */
export const createInterview = z.looseObject({
  interview: z.looseObject({
    id: z.string(),
    company: z.string().nullable(),
    date: z.string().nullable(),
    kind: z.string().nullable(),
    notes: z.string().nullable(),
    version: z.number(),
    checked: z.array(z.unknown()).nullable(),
    progress: z.looseObject({}).nullable(),
    createdAt: z.iso.datetime().nullable(),
  }),
});
/** GET /api/practice/interviews/[id] */
export const getInterview = z.looseObject({
  interview: z.looseObject({
    id: z.string(),
    company: z.string().nullable(),
    date: z.string().nullable(),
    kind: z.string().nullable(),
    notes: z.string().nullable(),
    version: z.number(),
    checked: z.array(z.unknown()).nullable(),
    progress: z.looseObject({}).nullable(),
    createdAt: z.iso.datetime().nullable(),
  }),
});
/** PUT /api/practice/interviews/[id]/checks */
export const setInterviewCheck = z.looseObject({
  interview: z.looseObject({
    id: z.string(),
    company: z.string().nullable(),
    date: z.string().nullable(),
    kind: z.string().nullable(),
    notes: z.string().nullable(),
    version: z.number(),
    checked: z.array(z.unknown()).nullable(),
    progress: z.looseObject({}).nullable(),
    createdAt: z.iso.datetime().nullable(),
  }),
});
/** GET /api/practice/journal */
export const listJournalEntries = z.looseObject({
  entries: z.array(
    z.looseObject({
      id: z.string(),
      title: z.string().nullable(),
      body: z.string().nullable(),
      entryDate: z.string().nullable(),
      promptId: z.string().nullable(),
      promptTitle: z.string().nullable(),
      version: z.number(),
      createdAt: z.iso.datetime().nullable(),
      updatedAt: z.iso.datetime().nullable(),
    }),
  ),
  prompts: z.array(
    z.looseObject({ id: z.string(), title: z.string().nullable(), prompt: z.string().nullable() }),
  ),
});
/** POST /api/practice/journal */
export const createJournalEntry = z.looseObject({
  entry: z.looseObject({
    id: z.string(),
    title: z.string().nullable(),
    body: z.string().nullable(),
    entryDate: z.string().nullable(),
    promptId: z.string().nullable(),
    promptTitle: z.string().nullable(),
    version: z.number(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
  }),
});
/** PUT /api/practice/journal/[id] */
export const updateJournalEntry = z.looseObject({
  entry: z.looseObject({
    id: z.string(),
    title: z.string().nullable(),
    body: z.string().nullable(),
    entryDate: z.string().nullable(),
    promptId: z.string().nullable(),
    promptTitle: z.string().nullable(),
    version: z.number(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
  }),
});
/** DELETE /api/practice/journal/[id] */
export const deleteJournalEntry = z.looseObject({ ok: z.boolean() });
/** GET /api/practice/quiz */
export const getQuizRound = z.looseObject({
  items: z.array(
    z.looseObject({
      id: z.string(),
      title: z.string().nullable(),
      prompt: z.string().nullable(),
      answer: z.string().nullable(),
      keyPoints: z.array(z.unknown()).nullable(),
      due: z.unknown(),
    }),
  ),
  stats: z.looseObject({
    all: z.number().nullable(),
    knew: z.number().nullable(),
    week: z.number().nullable(),
    weekKnew: z.number().nullable(),
  }),
});
/** POST /api/practice/quiz/results */
export const recordQuizResult = z.looseObject({
  result: z.looseObject({
    id: z.string(),
    knew: z.boolean().nullable(),
    createdAt: z.iso.datetime().nullable(),
  }),
  nextDue: z.iso.datetime(),
});
/** GET /api/practice/review */
export const getReviewSchedule = z.looseObject({
  due: z.array(z.unknown()),
  dueCount: z.number(),
  forecast: z.array(z.looseObject({ date: z.string().nullable(), count: z.number().nullable() })),
  scheduledTotal: z.number(),
  timeZone: z.string(),
});
/** GET /api/profile */
export const getProfile = z.looseObject({
  profile: z.looseObject({
    id: z.string(),
    email: z.string().nullable(),
    displayName: z.string().nullable(),
    targetRole: z.unknown(),
    targetLevel: z.unknown(),
    region: z.unknown(),
    yearsExperience: z.unknown(),
    nextInterviewOn: z.unknown(),
    timeZone: z.string().nullable(),
    version: z.number(),
    createdAt: z.iso.datetime().nullable(),
    hasPassword: z.boolean().nullable(),
  }),
});
/** PUT /api/profile */
export const updateProfile = z.looseObject({
  profile: z.looseObject({
    id: z.string(),
    email: z.string().nullable(),
    displayName: z.string().nullable(),
    targetRole: z.string().nullable(),
    targetLevel: z.string().nullable(),
    region: z.string().nullable(),
    yearsExperience: z.number().nullable(),
    nextInterviewOn: z.string().nullable(),
    timeZone: z.string().nullable(),
    version: z.number(),
    createdAt: z.iso.datetime().nullable(),
    hasPassword: z.boolean().nullable(),
  }),
});
/** GET /api/progress */
export const getProgress = z.looseObject({
  today: z.string(),
  timeZone: z.string(),
  domainScores: z.looseObject({
    sources: z.array(z.unknown()).nullable(),
    weeks: z.array(z.unknown()).nullable(),
    domains: z.array(z.unknown()).nullable(),
  }),
  readiness: z.looseObject({ points: z.array(z.unknown()).nullable(), latest: z.looseObject({}).nullable() }),
  focusAreas: z.looseObject({ areas: z.array(z.unknown()).nullable(), total: z.number().nullable() }),
  weakest: z.looseObject({ windowDays: z.number().nullable(), areas: z.array(z.unknown()).nullable() }),
  activity: z.looseObject({ streak: z.looseObject({}).nullable(), heatmap: z.looseObject({}).nullable() }),
  timePractised: z.looseObject({
    weeks: z.array(z.unknown()).nullable(),
    thisWeekMinutes: z.number().nullable(),
    totalMinutes: z.number().nullable(),
  }),
  reviews: z.looseObject({
    due: z.number().nullable(),
    nextWeek: z.number().nullable(),
    scheduled: z.number().nullable(),
    nextDueAt: z.iso.datetime().nullable(),
  }),
  timeline: z.looseObject({
    state: z.string().nullable(),
    message: z.string().nullable(),
    interviewOn: z.string().nullable().optional(),
    planStart: z.string().nullable().optional(),
    daysLeft: z.number().nullable().optional(),
    currentWeek: z.number().nullable().optional(),
    planWeeks: z.number().nullable().optional(),
    fit: z.looseObject({ kind: z.string(), days: z.number(), note: z.string(), dropped: z.array(z.unknown()) }).nullable().optional(),
    phases: z.array(z.unknown()).nullable().optional(),
    next: z.looseObject({}).nullable().optional(),
    catchUp: z.array(z.unknown()).nullable().optional(),
  }),
});
/** GET /api/questions */
export const listQuestions = z.looseObject({
  items: z.array(
    z.looseObject({
      id: z.string(),
      slug: z.string().nullable(),
      title: z.string().nullable(),
      type: z.string().nullable(),
      focusArea: z.string().nullable(),
      difficulty: z.string().nullable(),
      allocatedMinutes: z.number().nullable(),
      expectedMinutes: z.number().nullable(),
      tags: z.array(z.unknown()).nullable(),
      companyType: z.string().nullable(),
      source: z.string().nullable(),
      challenged: z.boolean().nullable(),
    }),
  ),
  nextCursor: z.string().nullable(),
  total: z.number(),
  sort: z.string(),
  facets: z.looseObject({
    type: z.looseObject({}).nullable(),
    focusArea: z.looseObject({}).nullable(),
    difficulty: z.looseObject({}).nullable(),
    companyType: z.looseObject({}).nullable(),
    source: z.looseObject({}).nullable(),
    tags: z.array(z.unknown()).nullable(),
  }),
});
/** POST /api/questions */
export const createPersonalQuestion = z.looseObject({
  question: z.looseObject({ id: z.string(), version: z.number() }),
});
/** GET /api/questions/[id] */
export const getQuestion = z.looseObject({
  question: z.looseObject({
    id: z.string(),
    slug: z.string().nullable(),
    title: z.string().nullable(),
    prompt: z.string().nullable(),
    type: z.string().nullable(),
    focusArea: z.string().nullable(),
    difficulty: z.string().nullable(),
    allocatedMinutes: z.number().nullable(),
    expectedMinutes: z.number().nullable(),
    tags: z.array(z.unknown()).nullable(),
    companyType: z.string().nullable(),
    source: z.string().nullable(),
    retired: z.boolean().nullable(),
    isOwner: z.boolean().nullable(),
    version: z.number(),
    answer: z.looseObject({}).nullable(),
    state: z.looseObject({}).nullable(),
  }),
});
/** PUT /api/questions/[id] */
export const updatePersonalQuestion = z.looseObject({
  question: z.looseObject({ id: z.string(), version: z.number() }),
});
/** DELETE /api/questions/[id] */
export const deletePersonalQuestion = z.looseObject({ ok: z.boolean() });
/** PUT /api/questions/[id]/bookmark */
export const setChallenged = z.looseObject({ challenged: z.boolean() });
/** PUT /api/questions/[id]/note */
export const saveQuestionNote = z.looseObject({ note: z.string(), noteVersion: z.number() });
/** POST /api/questions/[id]/reveal */
export const revealAnswer = z.looseObject({
  question: z.looseObject({
    id: z.string(),
    slug: z.string().nullable(),
    title: z.string().nullable(),
    prompt: z.string().nullable(),
    type: z.string().nullable(),
    focusArea: z.string().nullable(),
    difficulty: z.string().nullable(),
    allocatedMinutes: z.number().nullable(),
    expectedMinutes: z.number().nullable(),
    tags: z.array(z.unknown()).nullable(),
    companyType: z.string().nullable(),
    source: z.string().nullable(),
    retired: z.boolean().nullable(),
    isOwner: z.boolean().nullable(),
    version: z.number(),
    answer: z.looseObject({}).nullable(),
    state: z.looseObject({}).nullable(),
  }),
});
/** POST /api/review-requests */
export const createReviewRequest = z.looseObject({
  request: z.looseObject({
    id: z.string(),
    kind: z.string().nullable(),
    itemId: z.string().nullable(),
    title: z.string().nullable(),
    mentorshipId: z.string().nullable(),
    mentorName: z.string().nullable(),
    note: z.string().nullable(),
    requestedAt: z.iso.datetime().nullable(),
    completedAt: z.unknown(),
  }),
});
/** DELETE /api/review-requests/[id] */
export const withdrawReviewRequest = z.looseObject({ ok: z.boolean() });
/** GET /api/self-assessments */
export const listSelfAssessments = z.looseObject({
  assessments: z.array(
    z.looseObject({
      id: z.string(),
      assessedOn: z.string().nullable(),
      scores: z.looseObject({}).nullable(),
      overall: z.number().nullable(),
      band: z.string().nullable(),
      note: z.string().nullable(),
      version: z.number(),
    }),
  ),
});
/** POST /api/self-assessments */
export const createSelfAssessment = z.looseObject({
  assessment: z.looseObject({
    id: z.string(),
    assessedOn: z.string().nullable(),
    scores: z.looseObject({}).nullable(),
    overall: z.number().nullable(),
    band: z.string().nullable(),
    note: z.string().nullable(),
    version: z.number(),
  }),
});
/** PUT /api/self-assessments/[id] */
export const updateSelfAssessment = z.looseObject({
  assessment: z.looseObject({
    id: z.string(),
    assessedOn: z.string().nullable(),
    scores: z.looseObject({}).nullable(),
    overall: z.number().nullable(),
    band: z.string().nullable(),
    note: z.string().nullable(),
    version: z.number(),
  }),
});
/** DELETE /api/self-assessments/[id] */
export const deleteSelfAssessment = z.looseObject({ ok: z.boolean() });

// ----- Reusing the entities above -----

/** GET /api/mentoring/mentees/[menteeId]/attempts/[id]/comments */
export const listMenteeAttemptComments = z.looseObject({
  comments: z.array(addMenteeAttemptComment.shape.comment),
});
/** PUT /api/plans/[planId]/milestones/order */
export const reorderMilestones = z.looseObject({ milestones: z.array(updateMilestone.shape.milestone) });
/** GET /api/practice/interviews */
export const listInterviews = z.looseObject({ interviews: z.array(createInterview.shape.interview) });
/** PUT /api/practice/interviews/[id] */
export const updateInterview = createInterview;
/** DELETE /api/practice/interviews/[id] */
export const deleteInterview = ok;

// Answer feedback (key-point coverage, lib/feedback/answer-feedback.ts)
export const getAttemptFeedback = z.looseObject({ feedback: open });
export const getMockAnswerFeedback = getAttemptFeedback;
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
const story = z.looseObject({
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
});
const storyComment = z.looseObject({
  id: z.string(),
  mentorId: z.string(),
  author: z.string(),
  byMentor: z.boolean(),
  body: z.string(),
  createdAt: z.string(),
});
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
export const getMenteeStory = z.looseObject({ candidateName: z.string(), story, comments: z.array(storyComment) });
/** POST /api/mentoring/mentees/[menteeId]/stories/[storyId]/comments */
export const addMenteeStoryComment = z.looseObject({ comment: storyComment });
// Spoken answers (lib/speech/recordings.ts)
const recording = z.looseObject({
  id: z.string(),
  attemptId: z.string(),
  mimeType: z.string(),
  status: z.enum(["recording", "complete"]),
  totalBytes: z.number().int(),
  nextSeq: z.number().int(),
  durationMs: z.number().int().nullable(),
  metrics: open.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export const getRecording = z.looseObject({ recording: recording.nullable() });
export const startRecording = z.looseObject({ recording });
export const completeRecording = startRecording;
export const deleteRecording = ok;
export const uploadRecordingChunk = startRecording;
export const saveRecordingMetrics = startRecording;
export const getMenteeRecording = getRecording;
// ----- Live mock interviews (issue 19, lib/live) -----
const liveMock = z.looseObject({
  id: z.string(),
  status: z.enum(["scheduled", "cancelled", "live", "finished"]),
  title: z.string(),
  templateId: z.string(),
  difficulty: z.string(),
  scheduledAt: z.iso.datetime(),
  durationMinutes: z.number().int(),
  note: z.string(),
  candidate: person,
  mentor: person,
  mockId: z.string().nullable(),
  cancelledAt: z.iso.datetime().nullable(),
  role: z.enum(["candidate", "mentor"]),
});
const liveEvent = z.looseObject({ id: z.string(), kind: z.string(), payload: z.unknown(), at: z.iso.datetime() });
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
