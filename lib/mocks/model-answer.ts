import "server-only";
// One model answer of the owner's finished mock, as the report draws it (lib/markdown/html.ts):
// the report sends its model answers when they are opened, not with the page (decision 0025,
// Session 11). A plain read: unlike POST /api/questions/[id]/reveal it records nothing.
import { markdownHtml } from "@/lib/markdown/html";
import { db } from "@/lib/server/db";
import { HttpError, conflict } from "@/lib/server/errors";
import { loadSettled } from "./store";

export async function mockModelAnswer(userId: string, mockId: string, slot: number): Promise<{ slot: number; html: string }> {
  const mock = await loadSettled(userId, mockId);
  if (mock.status === "IN_PROGRESS") {
    throw conflict("The model answers are shown once the mock interview is finished.", "mock_not_finished");
  }
  const a = await db.practiceAttempt.findFirst({
    where: { mockId: mock.id, userId, mockSlot: slot },
    select: { question: { select: { modelAnswer: true } } },
  });
  if (!a)
    throw new HttpError(404, "not_found", "This mock has no question with that number.", {
      slot: "That question is not in this mock.",
    });
  return { slot, html: markdownHtml(a.question.modelAnswer) };
}
