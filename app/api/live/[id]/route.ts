import * as responses from "@/lib/api/responses";
import { rescheduleLive, roomState } from "@/lib/live/live";
import { liveParams, liveRescheduleSchema } from "@/lib/live/schema";
import { route } from "@/lib/server/http";

/** The room: the live mock, presence, the mock's state, and (interviewer only) what the candidate never sees. */
export const GET = route(
  { operationId: "getLiveMock", summary: "A live mock interview's room state", response: responses.getLiveMock, params: liveParams },
  async ({ user, params }) => roomState(user.id, params.id),
);

/** Reschedule (either side); the old time stays in the history. */
export const PATCH = route(
  {
    operationId: "rescheduleLiveMock",
    summary: "Move a scheduled live mock interview to another time",
    response: responses.rescheduleLiveMock,
    errors: ["conflict"],
    params: liveParams,
    body: liveRescheduleSchema,
  },
  async ({ user, params, body }) => ({ liveMock: await rescheduleLive(user.id, params.id, body.scheduledAt) }),
);

export * from "@/lib/server/method-not-allowed";
