import "server-only";
// Live mock interviews: schedule, cancel, reschedule, the room's state, start, the
// interviewer's controls, messages and live assessment. Access: the candidate, or the invited
// mentor while the mentorship it was scheduled under is active (checked on every call, so
// ending the mentorship closes the room at once). Anyone else gets 404.
import { type Prisma } from "@/lib/generated/prisma/client";
import { hit } from "@/lib/accounts/throttle-store";
import { tooManyAttempts } from "@/lib/accounts/too-many";
import { notify } from "@/lib/mentors/notifications";
import { type Answer } from "@/lib/practice/answer";
import { SCORE_SELECT } from "@/lib/practice/data/evaluation";
import {
  advanceMock,
  createMock,
  finishMock,
  getMockState,
  type MockState,
  moveInMock,
  pauseMock,
  resumeMock,
} from "@/lib/mocks/mocks";
import { getMockReport, type MockReport } from "@/lib/mocks/report";
import { getTemplate } from "@/lib/mocks/templates";
import { msPerMinuteFor } from "@/lib/mocks/time-scale";
import { db } from "@/lib/server/db";
import { HttpError, conflict, notFound } from "@/lib/server/errors";
import { appendEventTx, lastEventId } from "./events";
import { buildIcs } from "./ics";
import { presenceOfRoom } from "./presence";
import { maybePruneLive } from "./prune";
import { SCHEDULE_KINDS, TIMELINE_KINDS } from "./prune-rules";
import { type LiveRole, visibleTo, wirePayload } from "./replay";
import { LIVE_AHEAD_DAYS, type LiveAssess, type LiveControl, type LiveCreate, type LiveMessage } from "./schema";

const NOT_YOURS = "That live mock does not exist or you are not in it.";

/** Hints and follow-ups one interviewer may send in one room per minute. */
const MESSAGE_RULE = { limit: 20, windowMs: 60_000 };

const liveSelect = {
  id: true,
  candidateId: true,
  mentorId: true,
  mentorshipId: true,
  templateId: true,
  difficulty: true,
  timeScale: true,
  scheduledAt: true,
  durationMinutes: true,
  note: true,
  status: true,
  mockId: true,
  cancelledAt: true,
  cancelledById: true,
  createdAt: true,
} satisfies Prisma.LiveMockSelect;
type LiveRow = Prisma.LiveMockGetPayload<{ select: typeof liveSelect }>;

type LiveView = {
  id: string;
  status: "scheduled" | "cancelled" | "live" | "finished";
  title: string;
  templateId: string;
  difficulty: string;
  scheduledAt: string;
  durationMinutes: number;
  note: string;
  candidate: { id: string; name: string };
  mentor: { id: string; name: string };
  mockId: string | null;
  cancelledAt: string | null;
  /** The viewer's side. */
  role: LiveRole;
};

const statusOf = (s: LiveRow["status"]) => s.toLowerCase() as LiveView["status"];
const titleOf = (templateId: string) => getTemplate(templateId)?.title ?? "Mock interview";

async function names(ids: string[]) {
  const users = await db.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, displayName: true } });
  return new Map(users.map((u) => [u.id, u.displayName]));
}

function present(row: LiveRow, role: LiveRole, nameOf: Map<string, string>): LiveView {
  return {
    id: row.id,
    status: statusOf(row.status),
    title: titleOf(row.templateId),
    templateId: row.templateId,
    difficulty: row.difficulty,
    scheduledAt: row.scheduledAt.toISOString(),
    durationMinutes: row.durationMinutes,
    note: row.note,
    candidate: { id: row.candidateId, name: nameOf.get(row.candidateId) ?? "Someone" },
    mentor: { id: row.mentorId, name: nameOf.get(row.mentorId) ?? "Someone" },
    mockId: row.mockId,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    role,
  };
}

/**
 * The room as `viewerId` may enter it now: the candidate, or the invited mentor whose
 * mentorship is still active. Everyone else (and a mentor after revocation) gets 404.
 */
export async function loadRoom(viewerId: string, id: string): Promise<{ row: LiveRow; role: LiveRole }> {
  const row = await db.liveMock.findFirst({
    where: { id, OR: [{ candidateId: viewerId }, { mentorId: viewerId }] },
    select: liveSelect,
  });
  if (!row) throw notFound(NOT_YOURS);
  if (row.candidateId === viewerId) return { row, role: "candidate" };
  if (!(await mentorStillIn(row.mentorshipId, viewerId))) throw notFound(NOT_YOURS);
  return { row, role: "mentor" };
}

/** One indexed read: the mentorship the live mock was scheduled under is active and is this mentor's. */
export async function mentorStillIn(mentorshipId: string, mentorId: string) {
  return (await db.mentorship.count({ where: { id: mentorshipId, mentorId, endedAt: null } })) > 0;
}

function requireMentor(role: LiveRole) {
  // The candidate may not act as the interviewer; 404 like any other room they cannot act in.
  if (role !== "mentor") throw notFound("Only the interviewer can do that in this live mock.");
}

export async function scheduleLive(candidateId: string, input: LiveCreate, now = new Date()): Promise<LiveView> {
  const ship = await db.mentorship.findFirst({
    where: { id: input.mentorshipId, candidateId, endedAt: null },
    select: { id: true, mentorId: true },
  });
  if (!ship) throw new HttpError(400, "invalid_input", "Choose one of your current mentors.", { mentorshipId: "Choose one of your current mentors." });
  const at = new Date(input.scheduledAt);
  checkWhen(at, now);
  msPerMinuteFor(input.timeScale); // a speed-up this server does not allow is refused now, not at the start
  const row = await db.$transaction(async (tx) => {
    const created = await tx.liveMock.create({
      data: {
        candidateId,
        mentorId: ship.mentorId,
        mentorshipId: ship.id,
        templateId: input.templateId,
        difficulty: input.difficulty,
        timeScale: input.timeScale ?? null,
        scheduledAt: at,
        durationMinutes: input.durationMinutes,
        note: input.note,
      },
      select: liveSelect,
    });
    await appendEventTx(tx, created.id, { kind: "scheduled", actorId: candidateId, payload: { scheduledAt: at.toISOString() } });
    const refs = { actorId: candidateId, candidateId, liveMockId: created.id };
    await notify(tx, ship.mentorId, "LIVE_SCHEDULED", refs);
    await notify(tx, candidateId, "LIVE_SCHEDULED", refs);
    return created;
  });
  return present(row, "candidate", await names([row.candidateId, row.mentorId]));
}

function checkWhen(at: Date, now: Date) {
  const field = { scheduledAt: "" };
  if (at.getTime() < now.getTime() - 5 * 60_000) field.scheduledAt = "Choose a time in the future.";
  else if (at.getTime() > now.getTime() + LIVE_AHEAD_DAYS * 86_400_000) field.scheduledAt = `Choose a time within ${LIVE_AHEAD_DAYS} days.`;
  if (field.scheduledAt) throw new HttpError(400, "invalid_input", field.scheduledAt, field);
}

/** The viewer's live mocks (as candidate, and as mentor of active mentorships), soonest first. */
export async function listLive(userId: string): Promise<LiveView[]> {
  const rows = await db.liveMock.findMany({
    where: { OR: [{ candidateId: userId }, { mentorId: userId, mentorship: { endedAt: null } }] },
    orderBy: { scheduledAt: "asc" },
    take: 200,
    select: liveSelect,
  });
  const nameOf = await names(rows.flatMap((r) => [r.candidateId, r.mentorId]));
  return rows.map((r) => present(r, r.candidateId === userId ? "candidate" : "mentor", nameOf));
}

export async function cancelLive(viewerId: string, id: string, now = new Date()): Promise<LiveView> {
  const { row, role } = await loadRoom(viewerId, id);
  if (row.status === "CANCELLED") return present(row, role, await names([row.candidateId, row.mentorId]));
  if (row.status !== "SCHEDULED") throw conflict("A live mock that has started cannot be cancelled: the interviewer can finish it.");
  const updated = await db.$transaction(async (tx) => {
    const n = await tx.liveMock.updateMany({ where: { id, status: "SCHEDULED" }, data: { status: "CANCELLED", cancelledAt: now, cancelledById: viewerId } });
    if (n.count === 0) throw conflict("The live mock changed meanwhile; reload it.");
    await appendEventTx(tx, id, { kind: "cancelled", actorId: viewerId, payload: { by: role } });
    const other = role === "candidate" ? row.mentorId : row.candidateId;
    await notify(tx, other, "LIVE_CANCELLED", { actorId: viewerId, candidateId: row.candidateId, liveMockId: id });
    return tx.liveMock.findUniqueOrThrow({ where: { id }, select: liveSelect });
  });
  void maybePruneLive(); // a room ended: prune the log of rooms long over (at most hourly)
  return present(updated, role, await names([row.candidateId, row.mentorId]));
}

export async function rescheduleLive(viewerId: string, id: string, scheduledAt: string, now = new Date()): Promise<LiveView> {
  const { row, role } = await loadRoom(viewerId, id);
  if (row.status !== "SCHEDULED") throw conflict("Only a scheduled live mock can be moved.");
  const at = new Date(scheduledAt);
  checkWhen(at, now);
  const updated = await db.$transaction(async (tx) => {
    const n = await tx.liveMock.updateMany({ where: { id, status: "SCHEDULED", scheduledAt: row.scheduledAt }, data: { scheduledAt: at } });
    if (n.count === 0) throw conflict("The live mock changed meanwhile; reload it.");
    await appendEventTx(tx, id, {
      kind: "rescheduled",
      actorId: viewerId,
      payload: { from: row.scheduledAt.toISOString(), to: at.toISOString(), by: role },
    });
    const other = role === "candidate" ? row.mentorId : row.candidateId;
    await notify(tx, other, "LIVE_RESCHEDULED", { actorId: viewerId, candidateId: row.candidateId, liveMockId: id });
    return tx.liveMock.findUniqueOrThrow({ where: { id }, select: liveSelect });
  });
  return present(updated, role, await names([row.candidateId, row.mentorId]));
}

/** The schedule's history: when it was set, every move, a cancellation. */
async function scheduleHistory(id: string) {
  const rows = await db.liveEvent.findMany({
    where: { liveMockId: id, kind: { in: [...SCHEDULE_KINDS] } },
    orderBy: { id: "asc" },
    select: { kind: true, payload: true, createdAt: true },
  });
  return rows.map((r) => ({ kind: r.kind, ...(r.payload as Record<string, unknown>), at: r.createdAt.toISOString() }));
}

export async function liveIcs(viewerId: string, id: string, origin: string, now = new Date()) {
  const { row, role } = await loadRoom(viewerId, id);
  const nameOf = await names([row.candidateId, row.mentorId]);
  const moves = await db.liveEvent.count({ where: { liveMockId: id, kind: { in: ["rescheduled", "cancelled"] } } });
  const other = role === "candidate" ? nameOf.get(row.mentorId) : nameOf.get(row.candidateId);
  const url = `${origin}/live/${row.id}`;
  return buildIcs({
    uid: `live-${row.id}@preploop`,
    start: row.scheduledAt,
    durationMinutes: row.durationMinutes,
    summary: `Live mock interview: ${titleOf(row.templateId)}${other ? ` with ${other}` : ""}`,
    description: [row.note, `Open the room: ${url}`].filter(Boolean).join("\n\n"),
    url,
    sequence: moves,
    cancelled: row.status === "CANCELLED",
    now,
  });
}

type InterviewerView = {
  slot: number;
  keyPoints: string[];
  bonusPoints: string[];
  modelAnswer: string;
  discussionPoints: string[];
};

type LiveAssessment = { slot: number; scores: Record<string, number> | null; note: string; shared: boolean };

export type RoomState = {
  live: LiveView;
  presence: Record<LiveRole, boolean>;
  /** The candidate's last page event: left the page (clock paused) or came back. */
  candidatePage: { state: "left" | "back"; at: string } | null;
  /** Open the event stream after this id (the state already reflects everything up to it). */
  lastEventId: string;
  mock: MockState | null;
  /** Interviewer only: what the candidate never sees, for every question reached so far. */
  interviewer: InterviewerView[] | null;
  /** Interviewer only: scores and notes per question. */
  assessments: LiveAssessment[] | null;
  messages: { id: string; kind: string; text: string; slot: number | null; at: string }[];
  history: ReturnType<typeof scheduleHistory> extends Promise<infer T> ? T : never;
};

export async function roomState(viewerId: string, id: string): Promise<RoomState> {
  const { row, role } = await loadRoom(viewerId, id);
  // Presence first: sweeping lapsed connections writes their leave events before `last`.
  const presence = await presenceOfRoom(id);
  const last = await lastEventId(id);
  const [nameOf, all, history, page] = await Promise.all([
    names([row.candidateId, row.mentorId]),
    db.liveEvent.findMany({
      where: { liveMockId: id, id: { lte: last }, kind: { in: ["hint", "follow-up"] } },
      orderBy: { id: "asc" },
      select: { id: true, kind: true, audience: true, payload: true, createdAt: true },
    }),
    scheduleHistory(id),
    db.liveEvent.findFirst({ where: { liveMockId: id, kind: "page", id: { lte: last } }, orderBy: { id: "desc" }, select: { payload: true, createdAt: true } }),
  ]);
  const pageState = (page?.payload as { state?: string } | null)?.state;
  const mock = row.mockId ? await getMockState(row.candidateId, row.mockId) : null;
  let interviewer: InterviewerView[] | null = null;
  let assessments: LiveAssessment[] | null = null;
  if (role === "mentor" && mock) {
    const qs = await db.question.findMany({
      where: { id: { in: mock.questions.map((q) => q.questionId) } },
      select: { id: true, keyPoints: true, bonusPoints: true, modelAnswer: true, discussionPoints: true },
    });
    const byId = new Map(qs.map((q) => [q.id, q]));
    interviewer = mock.questions.map((q) => {
      const d = byId.get(q.questionId)!;
      return { slot: q.slot, keyPoints: d.keyPoints, bonusPoints: d.bonusPoints, modelAnswer: d.modelAnswer, discussionPoints: d.discussionPoints };
    });
    assessments = await assessmentsOf(row, true);
  }
  return {
    live: present(row, role, nameOf),
    presence,
    candidatePage: page && (pageState === "left" || pageState === "back") ? { state: pageState, at: page.createdAt.toISOString() } : null,
    lastEventId: last.toString(),
    mock,
    interviewer,
    assessments,
    messages: all
      .filter((e) => visibleTo(role, e.audience))
      .map((e) => {
        const p = e.payload as { text?: string; slot?: number | null };
        return { id: e.id.toString(), kind: e.kind, text: p.text ?? "", slot: p.slot ?? null, at: e.createdAt.toISOString() };
      }),
    history,
  };
}

async function assessmentsOf(row: LiveRow, withPrivate: boolean): Promise<LiveAssessment[]> {
  if (!row.mockId) return [];
  const [attempts, notes] = await Promise.all([
    db.practiceAttempt.findMany({
      where: { mockId: row.mockId, userId: row.candidateId },
      select: {
        mockSlot: true,
        mentorReviews: {
          where: { mentorId: row.mentorId },
          select: SCORE_SELECT,
        },
      },
      orderBy: { mockSlot: "asc" },
    }),
    db.liveNote.findMany({ where: { liveMockId: row.id }, select: { slot: true, body: true, shared: true } }),
  ]);
  const noteOf = new Map(notes.map((n) => [n.slot, n]));
  return attempts
    .map((a) => {
      const n = noteOf.get(a.mockSlot!);
      const visibleNote = n && (withPrivate || n.shared) ? n : null;
      return { slot: a.mockSlot!, scores: a.mentorReviews[0] ?? null, note: visibleNote?.body ?? "", shared: n?.shared ?? false };
    })
    .filter((a) => a.scores || a.note);
}

/** The interviewer starts the mock: the candidate's own mock, created by the solo start logic. */
export async function startLive(viewerId: string, id: string) {
  const { row, role } = await loadRoom(viewerId, id);
  requireMentor(role);
  if (row.status === "LIVE" || row.status === "FINISHED") return roomState(viewerId, id);
  if (row.status !== "SCHEDULED") throw conflict("This live mock was cancelled.");
  // Claim the start first, so two clicks (or two instances) never create two mocks.
  const claimed = await db.liveMock.updateMany({ where: { id, status: "SCHEDULED", mockId: null }, data: { status: "LIVE" } });
  if (claimed.count === 0) return roomState(viewerId, id);
  let mock: MockState;
  try {
    mock = await createMock(row.candidateId, { templateId: row.templateId, difficulty: row.difficulty as never, series: false, timeScale: row.timeScale ?? undefined });
  } catch (e) {
    await db.liveMock.update({ where: { id }, data: { status: "SCHEDULED" } });
    throw e;
  }
  await db.$transaction(async (tx) => {
    await tx.liveMock.update({ where: { id }, data: { mockId: mock.id } });
    await appendEventTx(tx, id, { kind: "started", actorId: viewerId, payload: { mockId: mock.id, ...clockPayload(mock) } });
  });
  return roomState(viewerId, id);
}

const clockPayload = (m: MockState) => ({ status: m.status, stage: m.position.stage, question: m.position.question, slot: m.position.slot, running: m.clock.running });

async function liveMockOf(viewerId: string, id: string) {
  const { row, role } = await loadRoom(viewerId, id);
  requireMentor(role);
  if (row.status !== "LIVE" || !row.mockId) throw conflict("The live mock is not running.");
  return { row, mockId: row.mockId };
}

/** Pause, resume, advance, move, finish: the solo clock functions on the candidate's mock. */
export async function controlLive(viewerId: string, id: string, c: LiveControl) {
  const { row, mockId } = await liveMockOf(viewerId, id);
  const who = row.candidateId;
  const state =
    c.action === "pause"
      ? await pauseMock(who, mockId, "user")
      : c.action === "resume"
        ? await resumeMock(who, mockId)
        : c.action === "advance"
          ? await advanceMock(who, mockId, c.from, true)
          : c.action === "move"
            ? await moveInMock(who, mockId, c.slot)
            : await finishMock(who, mockId);
  await db.$transaction(async (tx) => {
    if (state.status === "finished") await tx.liveMock.updateMany({ where: { id, status: "LIVE" }, data: { status: "FINISHED" } });
    await appendEventTx(tx, id, { kind: state.status === "finished" ? "finished" : "clock", actorId: viewerId, payload: { action: c.action, ...clockPayload(state) } });
  });
  if (state.status === "finished") void maybePruneLive(); // a room ended: prune rooms long over (at most hourly)
  return { mock: state };
}

export async function sendMessage(viewerId: string, id: string, m: LiveMessage, now = new Date()) {
  const { row, mockId } = await liveMockOf(viewerId, id);
  const h = await hit(`live-message:${viewerId}:${id}`, MESSAGE_RULE, now);
  if (h.count > MESSAGE_RULE.limit) throw tooManyAttempts(h.retryAfter, "messages in this live mock");
  const state = await getMockState(row.candidateId, mockId);
  const eventId = await db.$transaction((tx) =>
    appendEventTx(tx, id, { kind: m.kind, actorId: viewerId, payload: { text: m.text, slot: state.position.slot } }),
  );
  return { message: { id: eventId.toString(), kind: m.kind, text: m.text, slot: state.position.slot } };
}

/** Live scores (a MentorReview on the answer: dashboards and calibration read them) and the note. */
export async function assessLive(viewerId: string, id: string, slot: number, input: LiveAssess) {
  const { row, role } = await loadRoom(viewerId, id);
  requireMentor(role);
  if (!row.mockId) throw conflict("The live mock has not started.");
  const attempt = await db.practiceAttempt.findFirst({ where: { mockId: row.mockId, userId: row.candidateId, mockSlot: slot }, select: { id: true } });
  if (!attempt) throw new HttpError(404, "not_found", "This mock has no question with that number.", { slot: "That question is not in this mock." });
  await db.$transaction(async (tx) => {
    if (input.scores) {
      await tx.mentorReview.upsert({
        where: { attemptId_mentorId: { attemptId: attempt.id, mentorId: viewerId } },
        create: { attemptId: attempt.id, mentorId: viewerId, candidateId: row.candidateId, ...input.scores },
        update: input.scores,
      });
    }
    if (input.note !== undefined || input.shareNote !== undefined) {
      const data = { ...(input.note !== undefined ? { body: input.note } : {}), ...(input.shareNote !== undefined ? { shared: input.shareNote } : {}) };
      await tx.liveNote.upsert({ where: { liveMockId_slot: { liveMockId: id, slot } }, create: { liveMockId: id, slot, ...data }, update: data });
    }
    await appendEventTx(tx, id, { kind: "assessed", audience: "mentor", actorId: viewerId, payload: { slot } });
  });
  const all = await assessmentsOf(row, true);
  return { assessment: all.find((a) => a.slot === slot) ?? { slot, scores: null, note: "", shared: false } };
}

/** After a successful autosave of a live mock's answer: the interviewer's copy, as an event. */
export async function emitAnswer(candidateId: string, mockId: string, slot: number, answer: Answer, version: number) {
  const live = await db.liveMock.findFirst({ where: { mockId, candidateId, status: "LIVE" }, select: { id: true } });
  if (!live) return;
  await db.$transaction((tx) => appendEventTx(tx, live.id, { kind: "answer", audience: "mentor", actorId: candidateId, payload: { slot, version, answer } }));
}

/**
 * The room's last `page` event says the candidate left the page (and nothing since says they came
 * back). With `page` (the token of the page asking): not when that left came from this very page
 * — its stream or resume was on its way when it went, so it is not a return.
 */
async function candidateAway(tx: Prisma.TransactionClient, liveMockId: string, page?: string) {
  // One room at a time: two instances noticing the return at once write one `back`.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`live-page:${liveMockId}`}))`;
  const last = await tx.liveEvent.findFirst({ where: { liveMockId, kind: "page" }, orderBy: { id: "desc" }, select: { payload: true } });
  const payload = last?.payload as { state?: string; page?: string } | null;
  return payload?.state === "left" && (page === undefined || payload.page !== page);
}

/**
 * The candidate's own clock actions in a live room, told to the interviewer at once: the
 * runner's "left" pause (the page was closed, reloaded or navigated away) is a `page` event
 * `left`; a resume after it is `page` `back`; any other pause/resume by the candidate is a
 * `clock` event. Nothing happens for a mock that is not a running live mock.
 */
export async function emitCandidateClock(candidateId: string, mockId: string, action: "left" | "pause" | "resume", m: MockState, page?: string) {
  const live = await db.liveMock.findFirst({ where: { mockId, candidateId, status: "LIVE" }, select: { id: true } });
  if (!live) return;
  await db.$transaction(async (tx) => {
    const clock = clockPayload(m);
    if (action === "left") return void (await appendEventTx(tx, live.id, { kind: "page", actorId: candidateId, payload: { state: "left", ...clock, ...(page ? { page } : {}) } }));
    if (action === "resume" && (await candidateAway(tx, live.id, page)))
      return void (await appendEventTx(tx, live.id, { kind: "page", actorId: candidateId, payload: { state: "back", ...clock } }));
    await appendEventTx(tx, live.id, { kind: "clock", actorId: candidateId, payload: { action, by: "candidate", ...clock } });
  });
}

/**
 * The candidate opened the room again after leaving the page: `page` `back` (once). `page`: the
 * token of the page whose stream opened (a stream that reaches the server after its own page
 * left is not a return).
 */
export async function candidateReturned(liveMockId: string, candidateId: string, page?: string) {
  await db.$transaction(async (tx) => {
    if (await candidateAway(tx, liveMockId, page)) await appendEventTx(tx, liveMockId, { kind: "page", actorId: candidateId, payload: { state: "back" } });
  });
}

/**
 * After a mentorship ended: every open room of it gets a `revoked` event, which wakes the
 * mentor's streams on every instance; they re-check access, send `closed` and end.
 */
export async function announceRevocation(mentorshipId: string) {
  const rooms = await db.liveMock.findMany({ where: { mentorshipId, status: { in: ["SCHEDULED", "LIVE"] } }, select: { id: true } });
  for (const r of rooms) await db.$transaction((tx) => appendEventTx(tx, r.id, { kind: "revoked", audience: "mentor", payload: {} }));
}

type LiveReport = {
  live: LiveView;
  report: MockReport;
  assessments: LiveAssessment[];
  followUps: { kind: string; text: string; slot: number | null; at: string }[];
  timeline: { kind: string; at: string; detail: Record<string, unknown> }[];
};



/** The solo report plus the live part: scores, the notes the viewer may read, follow-ups, the timeline. */
export async function liveReport(viewerId: string, id: string): Promise<LiveReport> {
  const { row, role } = await loadRoom(viewerId, id);
  if (!row.mockId) throw conflict("The report is ready once the live mock is finished.", "mock_not_finished");
  const report = await getMockReport(row.candidateId, row.mockId);
  // Only the timeline's kinds: a long room holds thousands of answer events, which must not crowd it out.
  const timeline = await db.liveEvent.findMany({
    where: { liveMockId: id, kind: { in: [...TIMELINE_KINDS] } },
    orderBy: { id: "asc" },
    select: { kind: true, payload: true, createdAt: true },
  });
  return {
    live: present(row, role, await names([row.candidateId, row.mentorId])),
    report,
    assessments: await assessmentsOf(row, role === "mentor"),
    followUps: timeline
      .filter((e) => e.kind === "hint" || e.kind === "follow-up")
      .map((e) => {
        const p = e.payload as { text?: string; slot?: number | null };
        return { kind: e.kind, text: p.text ?? "", slot: p.slot ?? null, at: e.createdAt.toISOString() };
      }),
    timeline: timeline.map((e) => ({ kind: e.kind, at: e.createdAt.toISOString(), detail: wirePayload(e.payload) as Record<string, unknown> })),
  };
}

/** The data export: the user's live mocks (either side), their schedule history and the notes the user may read. */
export async function exportLive(userId: string) {
  const rows = await db.liveMock.findMany({
    where: { OR: [{ candidateId: userId }, { mentorId: userId }] },
    orderBy: { createdAt: "asc" },
    select: { ...liveSelect, notes: { select: { slot: true, body: true, shared: true } } },
  });
  return Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      role: r.candidateId === userId ? "candidate" : "mentor",
      templateId: r.templateId,
      status: statusOf(r.status),
      scheduledAt: r.scheduledAt,
      durationMinutes: r.durationMinutes,
      note: r.note,
      mockId: r.candidateId === userId ? r.mockId : null,
      history: await scheduleHistory(r.id),
      notes: r.notes.filter((n) => r.mentorId === userId || n.shared),
    })),
  );
}
