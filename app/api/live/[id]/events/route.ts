import * as responses from "@/lib/api/responses";
import { eventsAfter } from "@/lib/live/events";
import { loadRoom, sendMessage } from "@/lib/live/live";
import { nextBatch, resumeAfter } from "@/lib/live/replay";
import { liveEventsQuery, liveMessageSchema, liveParams } from "@/lib/live/schema";
import { liveStream } from "@/lib/live/stream";
import { route } from "@/lib/server/http";
import { wantsEventStream } from "@/lib/server/sse";

/**
 * The room's events after Last-Event-ID (header) or ?lastEventId: with Accept:
 * text/event-stream a stream that stays open (replay, then live); otherwise one JSON page.
 */
export const GET = route(
  {
    operationId: "listLiveEvents",
    summary: "A live mock room's events after an event id",
    response: responses.listLiveEvents,
    eventStream:
      "With Accept: text/event-stream: the events after Last-Event-ID (or ?lastEventId) from the database, then new ones as they happen (any app instance), a comment every 15 s, and `closed` when your access ends.",
    params: liveParams,
    query: liveEventsQuery,
  },
  async ({ req, user, params, query }) => {
    const { row, role } = await loadRoom(user.id, params.id);
    const after = resumeAfter(req.headers.get("last-event-id"), query.lastEventId);
    if (wantsEventStream(req)) {
      return liveStream({ id: row.id, mentorshipId: row.mentorshipId, role, viewerId: user.id, page: query.page }, after, req.signal);
    }
    const { events, last } = nextBatch(await eventsAfter(row.id, after), after, role);
    return { events, lastEventId: last.toString() };
  },
);

/** The interviewer sends a hint or a follow-up question (rate limited). */
export const POST = route(
  {
    operationId: "sendLiveMessage",
    summary: "Send the candidate a hint or a follow-up question",
    response: responses.sendLiveMessage,
    status: 201,
    errors: ["conflict", "too_many_attempts"],
    params: liveParams,
    body: liveMessageSchema,
  },
  async ({ user, params, body }) => Response.json(await sendMessage(user.id, params.id, body), { status: 201 }),
);

export * from "@/lib/server/method-not-allowed";
