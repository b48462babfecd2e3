import * as responses from "@/lib/api/responses";
import { z } from "zod";
import { aiSettings, setAiEnabled } from "@/lib/ai/review";
import { route } from "@/lib/server/http";

/** Whether AI reviews are configured on this installation and turned on for you. */
export const GET = route(
  {
    operationId: "getAiSettings",
    summary: "Whether AI reviews are configured and turned on for you",
    response: responses.getAiSettings,
  },
  async ({ user }) => ({ ai: await aiSettings(user.id) }),
);

/** Turns AI reviews on or off for you (off by default: on sends your reviewed answers to the configured endpoint). */
export const PUT = route(
  {
    operationId: "setAiSettings",
    summary: "Turn AI reviews on or off for you",
    response: responses.setAiSettings,
    body: z.strictObject({ enabled: z.boolean("Send enabled as true or false.") }),
  },
  async ({ user, body }) => ({
    ai: await setAiEnabled(user.id, body.enabled),
  }),
);

export * from "@/lib/server/method-not-allowed";
