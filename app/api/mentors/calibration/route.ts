import * as responses from "@/lib/api/responses";
import { getCalibration } from "@/lib/mentors/calibration-data";
import { route } from "@/lib/server/http";

export const GET = route(
  {
    operationId: "getCalibration",
    summary: "Self-scores compared with mentor scores",
    response: responses.getCalibration,
  },
  async ({ user }) => ({ calibration: await getCalibration(user.id) }),
);

export * from "@/lib/server/method-not-allowed";
