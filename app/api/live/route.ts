import * as responses from "@/lib/api/responses";
import { listLive, scheduleLive } from "@/lib/live/live";
import { liveCreateSchema } from "@/lib/live/schema";
import { created, route } from "@/lib/server/http";

/** Your live mock interviews, as candidate and as interviewer, soonest first. */
export const GET = route(
  { operationId: "listLiveMocks", summary: "Your live mock interviews (as candidate and as interviewer)", response: responses.listLiveMocks },
  async ({ user }) => ({ liveMocks: await listLive(user.id) }),
);

/** Invite one of your mentors to run a live mock interview with you. */
export const POST = route(
  {
    operationId: "scheduleLiveMock",
    summary: "Invite one of your mentors to a live mock interview",
    response: responses.scheduleLiveMock,
    status: 201,
    errors: ["time_scale_not_allowed"],
    body: liveCreateSchema,
  },
  async ({ user, body }) => created({ liveMock: await scheduleLive(user.id, body) }),
);

export * from "@/lib/server/method-not-allowed";
