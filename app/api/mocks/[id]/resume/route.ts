import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { emitCandidateClock } from "@/lib/live/live";
import { resumeMock } from "@/lib/mocks/mocks";
import { mockParams } from "@/lib/mocks/schema";

export const POST = route(
  {
    operationId: "resumeMock",
    summary: "Resume a mock interview's clock",
    response: responses.resumeMock,
    params: mockParams,
  },
  async ({ user, params }) => {
    const mock = await resumeMock(user.id, params.id);
    // In a live mock: "candidate came back" after a left pause, or a clock event.
    await emitCandidateClock(user.id, params.id, "resume", mock);
    return { mock };
  },
);

export * from "@/lib/server/method-not-allowed";
