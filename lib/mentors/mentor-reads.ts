import "server-only";
// What a mentor reads of a mentee. Each function takes the viewer and the mentee, asks
// `mentorAccess` (which logs the read or throws 404) and only then reads the mentee's data
// through that domain's owner-scoped function, with the mentee's id.
import { getMockReport, type MockReport } from "@/lib/mocks/report";
import { getMatrix } from "@/lib/offers/matrix-store";
import { listOffersForViewer } from "@/lib/offers/read-offers";
import { getUserPlan } from "@/lib/plan/plans";
import { getAttempt, type AttemptView } from "@/lib/practice/attempts";
import { SCORE_SELECT } from "@/lib/practice/data/evaluation";
import { getQuestion } from "@/lib/questions/get-question";
import { listSelfAssessments } from "@/lib/rubric/self-assessments";
import { db } from "@/lib/server/db";
import { type Grant, type ItemGrant, mentorAccess, planTitle as titleOfPlan } from "./access";
import { mentorProgressView } from "./mentor-progress";
import { type CommentView, type ReviewView, mentorThread, reviewsOfAttempts } from "./reviews";


type SharedAttempt = {
  id: string;
  title: string;
  submittedAt: string | null;
  selfAverage: number | null;
  reviewed: boolean;
  requested: boolean;
};
type SharedMock = { id: string; title: string; finishedAt: string | null; requested: boolean };

/** The mentee's overview: what is shared, and the attempts and mocks the mentor may open. */
export async function menteeOverview(viewerId: string, menteeId: string) {
  const grant = await mentorAccess(viewerId, menteeId, {
    log: { kind: "overview", label: "List of shared items" },
  });
  const requests = await db.reviewRequest.findMany({
    where: { mentorshipId: grant.mentorshipId, withdrawnAt: null },
    select: { attemptId: true, mockId: true, completedAt: true },
  });
  const reqAttempts = requests.flatMap((r) => (r.attemptId ? [r.attemptId] : []));
  const reqMocks = requests.flatMap((r) => (r.mockId ? [r.mockId] : []));
  const [attempts, mocks] = await Promise.all([
    db.practiceAttempt.findMany({
      where: {
        userId: menteeId,
        status: { not: "IN_PROGRESS" },
        OR: [...(grant.scopes.attempts ? [{ mockId: null }] : []), { id: { in: reqAttempts } }],
      },
      orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
      take: 50,
      select: {
        id: true,
        submittedAt: true,
        ...SCORE_SELECT,
        question: { select: { title: true } },
        mentorReviews: { where: { mentorId: viewerId }, select: { id: true } },
      },
    }),
    db.mock.findMany({
      where: {
        userId: menteeId,
        status: "FINISHED",
        ...(grant.scopes.mocks ? {} : { id: { in: reqMocks } }),
      },
      orderBy: [{ finishedAt: "desc" }, { id: "asc" }],
      take: 20,
      select: { id: true, plan: true, finishedAt: true },
    }),
  ]);
  const sharedAttempts: SharedAttempt[] = attempts.map((a) => {
    const s = [a.technicalAccuracy, a.communicationClarity, a.problemSolving, a.practicalConsiderations];
    return {
      id: a.id,
      title: a.question.title,
      submittedAt: a.submittedAt?.toISOString() ?? null,
      selfAverage: s.every((x) => x !== null)
        ? Math.round(((s as number[]).reduce((x, y) => x + y, 0) / 4) * 100) / 100
        : null,
      reviewed: a.mentorReviews.length > 0,
      requested: reqAttempts.includes(a.id),
    };
  });
  const sharedMocks: SharedMock[] = mocks.map((m) => ({
    id: m.id,
    title: titleOfPlan(m.plan),
    finishedAt: m.finishedAt?.toISOString() ?? null,
    requested: reqMocks.includes(m.id),
  }));
  return {
    mentee: { id: menteeId, name: grant.candidateName },
    mentorshipId: grant.mentorshipId,
    scopes: grant.scopes,
    attempts: sharedAttempts,
    mocks: sharedMocks,
  };
}

/** The candidate's latest request to this mentor about the item (a mock's covers its answers). */
export type RequestNote = { note: string; requestedAt: string; completedAt: string | null } | null;

async function requestNote(grant: ItemGrant): Promise<RequestNote> {
  const { id, kind, mockId } = grant.item;
  const r = await db.reviewRequest.findFirst({
    where: {
      mentorshipId: grant.mentorshipId,
      withdrawnAt: null,
      OR: kind === "attempt" ? [{ attemptId: id }, ...(mockId ? [{ mockId }] : [])] : [{ mockId: id }],
    },
    orderBy: { requestedAt: "desc" },
    select: { note: true, requestedAt: true, completedAt: true },
  });
  return (
    r && {
      note: r.note,
      requestedAt: r.requestedAt.toISOString(),
      completedAt: r.completedAt?.toISOString() ?? null,
    }
  );
}

type MentorAttemptView = {
  mentee: { id: string; name: string };
  request: RequestNote;
  attempt: Omit<AttemptView, "clock" | "version">;
  question: {
    id: string;
    title: string;
    prompt: string;
    type: string;
    focusArea: string;
    difficulty: string;
    keyPoints: string[];
    bonusPoints: string[];
    modelAnswer: string | null;
  };
  mockId: string | null;
  review: ReviewView | null;
  comments: CommentView[];
};

export async function readAttemptAccess(
  viewerId: string,
  menteeId: string,
  attemptId: string,
): Promise<ItemGrant> {
  return mentorAccess(viewerId, menteeId, { item: { kind: "attempt", id: attemptId } });
}

/** The review page's data: question, the mentee's answer and self-scores, the mentor's review and thread. */
export async function mentorAttempt(
  viewerId: string,
  menteeId: string,
  attemptId: string,
): Promise<MentorAttemptView> {
  const grant = await readAttemptAccess(viewerId, menteeId, attemptId);
  const { clock: _clock, version: _version, ...attempt } = await getAttempt(menteeId, attemptId);
  const [q, thread, request] = await Promise.all([
    getQuestion(menteeId, attempt.questionId, { attempted: true }),
    mentorThread(grant),
    requestNote(grant),
  ]);
  return {
    mentee: { id: menteeId, name: grant.candidateName },
    request,
    attempt,
    // The mentee's private question state (notes, bookmarks) is not part of what is shared.
    question: {
      id: q.id,
      title: q.title,
      prompt: q.prompt,
      type: q.type,
      focusArea: q.focusArea,
      difficulty: q.difficulty,
      keyPoints: q.answer?.keyPoints ?? [],
      bonusPoints: q.answer?.bonusPoints ?? [],
      modelAnswer: q.answer?.modelAnswer ?? null,
    },
    mockId: grant.item.mockId,
    ...thread,
  };
}

type MentorMockView = {
  mentee: { id: string; name: string };
  request: RequestNote;
  report: MockReport;
  reviews: Awaited<ReturnType<typeof reviewsOfAttempts>>;
};

export async function mentorMock(
  viewerId: string,
  menteeId: string,
  mockId: string,
): Promise<MentorMockView> {
  const grant = await mentorAccess(viewerId, menteeId, { item: { kind: "mock", id: mockId } });
  const report = await getMockReport(menteeId, mockId);
  // Private per-question bookmarks stay private.
  for (const q of report.questions) q.challenged = false;
  const [reviews, request] = await Promise.all([
    reviewsOfAttempts(
      report.questions.map((q) => q.attemptId),
      viewerId,
    ),
    requestNote(grant),
  ]);
  return { mentee: { id: menteeId, name: grant.candidateName }, request, report, reviews };
}

export async function mentorProgress(viewerId: string, menteeId: string) {
  const grant: Grant = await mentorAccess(viewerId, menteeId, {
    scope: "progress",
    log: { kind: "progress", label: "Self-assessments and progress" },
  });
  // What the page shows follows the other scopes (see mentor-progress.ts). Assessment notes
  // are private even from a mentor.
  const [progress, assessments] = await Promise.all([
    mentorProgressView(grant),
    listSelfAssessments(menteeId, 20),
  ]);
  return {
    mentee: { id: menteeId, name: grant.candidateName },
    scopes: grant.scopes,
    progress,
    assessments: assessments.map((a) => ({ ...a, note: "" })),
  };
}

export async function mentorOffers(viewerId: string, menteeId: string) {
  const grant = await mentorAccess(viewerId, menteeId, {
    scope: "offers",
    log: { kind: "offers", label: "Offers" },
  });
  const [offers, matrix] = await Promise.all([listOffersForViewer(menteeId), getMatrix(menteeId)]);
  return { mentee: { id: menteeId, name: grant.candidateName }, scopes: grant.scopes, offers, matrix };
}

export async function mentorPlan(viewerId: string, menteeId: string) {
  const grant = await mentorAccess(viewerId, menteeId, {
    scope: "plan",
    log: { kind: "plan", label: "Career plan" },
  });
  return {
    mentee: { id: menteeId, name: grant.candidateName },
    scopes: grant.scopes,
    plan: await getUserPlan(menteeId),
  };
}
