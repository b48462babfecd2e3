import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { getMockReport } from "@/lib/mocks/report";
import { mockParams } from "@/lib/mocks/schema";

/** The report of a finished mock (409 while it runs). */
export const GET = route(
  {
    operationId: "getMockReport",
    summary: "The report of a finished mock",
    response: responses.getMockReport,
    errors: ["mock_not_finished"],
    params: mockParams,
  },
  async ({ user, params }) => ({ report: await getMockReport(user.id, params.id) }),
);

export * from "@/lib/server/method-not-allowed";
