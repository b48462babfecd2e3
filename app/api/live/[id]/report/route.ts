import * as responses from "@/lib/api/responses";
import { liveReport } from "@/lib/live/live";
import { liveParams } from "@/lib/live/schema";
import { route } from "@/lib/server/http";

/** The solo mock report plus the live scores, the shared notes, the follow-ups and the timeline. */
export const GET = route(
  {
    operationId: "getLiveMockReport",
    summary: "The report of a finished live mock interview",
    response: responses.getLiveMockReport,
    errors: ["mock_not_finished"],
    params: liveParams,
  },
  async ({ user, params }) => liveReport(user.id, params.id),
);

export * from "@/lib/server/method-not-allowed";
