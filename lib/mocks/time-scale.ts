import "server-only";
import { env } from "@/lib/server/env";
import { HttpError } from "@/lib/server/errors";
import { MS_PER_MINUTE } from "./clock";

/**
 * Milliseconds per template minute for a new mock. Real time (60 000) unless the request asks
 * for a time scale and the server allows one (PREPLOOP_MOCK_TIME_SCALE, set by the test runner):
 * the scale is stored with the mock, so every server runs its clock alike.
 */
export function msPerMinuteFor(timeScale: number | undefined): number {
  if (timeScale === undefined || timeScale === 1) return MS_PER_MINUTE;
  const max = Number(env().PREPLOOP_MOCK_TIME_SCALE ?? "1");
  if (timeScale > max) {
    throw new HttpError(422, "time_scale_not_allowed", "This server runs mock interviews in real time only.", {
      timeScale: max > 1 ? `This server allows a time scale of at most ${max}.` : "Leave the time scale out: mocks run in real time here.",
    });
  }
  return Math.max(1, Math.round(MS_PER_MINUTE / timeScale));
}
