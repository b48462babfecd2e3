import * as responses from "@/lib/api/responses";
import { saveMetrics } from "@/lib/speech/recordings";
import { attemptParams, metricsBodySchema } from "@/lib/speech/schema";
import { route } from "@/lib/server/http";

/** The delivery metrics your browser computed from the finished recording (lib/speech/metrics.ts). */
export const PUT = route(
  {
    operationId: "saveRecordingMetrics",
    summary: "Save the delivery metrics of your finished recording",
    response: responses.saveRecordingMetrics,
    errors: ["recording_not_complete"],
    params: attemptParams,
    body: metricsBodySchema,
    maxBodyBytes: 1024 * 1024,
  },
  async ({ user, params, body }) => ({ recording: await saveMetrics(user.id, params.id, body.metrics) }),
);

export * from "@/lib/server/method-not-allowed";
