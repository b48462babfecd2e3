-- CreateIndex
CREATE INDEX "PracticeAttempt_userId_submittedAt_idx" ON "PracticeAttempt"("userId", "submittedAt");
