import * as responses from "@/lib/api/responses";
import { completeRecording, deleteRecording, getRecording, startRecording } from "@/lib/speech/recordings";
import { attemptParams, completeRecordingSchema, startRecordingSchema } from "@/lib/speech/schema";
import { created, route } from "@/lib/server/http";

/** The recording of your attempt (or mock answer) → `{ recording }` (null when there is none). */
export const GET = route(
  { operationId: "getRecording", summary: "The recording of your answer", response: responses.getRecording, params: attemptParams },
  async ({ user, params }) => ({ recording: await getRecording(user.id, params.id) }),
);

/** Starts a recording of an attempt in progress (a new one replaces the old: re-record). */
export const POST = route(
  {
    operationId: "startRecording",
    summary: "Start (or restart) recording your answer",
    response: responses.startRecording,
    status: 201,
    errors: ["attempt_submitted"],
    params: attemptParams,
    body: startRecordingSchema,
  },
  async ({ user, params, body }) => created({ recording: await startRecording(user.id, params.id, body.mimeType) }),
);

/** Stop: marks the recording complete with its recorded duration. */
export const PATCH = route(
  {
    operationId: "completeRecording",
    summary: "Finish the recording of your answer",
    response: responses.completeRecording,
    errors: ["recording_empty"],
    params: attemptParams,
    body: completeRecordingSchema,
  },
  async ({ user, params, body }) => ({ recording: await completeRecording(user.id, params.id, body.durationMs) }),
);

export const DELETE = route(
  { operationId: "deleteRecording", summary: "Delete the recording of your answer", response: responses.deleteRecording, params: attemptParams },
  async ({ user, params }) => {
    await deleteRecording(user.id, params.id);
    return { ok: true };
  },
);

export * from "@/lib/server/method-not-allowed";
