import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { emitCandidateClock } from "@/lib/live/live";
import { resumeMock } from "@/lib/mocks/mocks";
import { mockParams } from "@/lib/mocks/schema";
import { clockQuery } from "@/lib/practice/schema";

export const POST = route(
  {
    operationId: "resumeMock",
    summary: "Resume a mock interview's clock",
    response: responses.resumeMock,
    params: mockParams,
    query: clockQuery,
  },
  async ({ user, params, query }) => {
    const mock = await resumeMock(user.id, params.id, query.page);
    // In a live mock: "candidate came back" after a left pause, or a clock event — only when the
    // clock runs (a stale resume from a page that has left changes nothing and says nothing).
    if (mock.clock.running) await emitCandidateClock(user.id, params.id, "resume", mock, query.page);
    return { mock };
  },
);

export * from "@/lib/server/method-not-allowed";
