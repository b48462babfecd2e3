import * as responses from "@/lib/api/responses";
import { menteeOverview } from "@/lib/mentors/mentor-reads";
import { menteeParams } from "@/lib/mentors/schema";
import { route } from "@/lib/server/http";

export const GET = route(
  {
    operationId: "getMentee",
    summary: "Overview of one mentee",
    response: responses.getMentee,
    params: menteeParams,
  },
  async ({ user, params }) => menteeOverview(user.id, params.menteeId),
);

export * from "@/lib/server/method-not-allowed";
