-- CreateTable
CREATE TABLE "AnswerFeedback" (
    "attemptId" TEXT NOT NULL,
    "engineVersion" INTEGER NOT NULL,
    "inputHash" TEXT NOT NULL,
    "coverage" JSONB NOT NULL,
    "covered" INTEGER NOT NULL,
    "partly" INTEGER NOT NULL,
    "missing" INTEGER NOT NULL,
    "suggestedScore" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnswerFeedback_pkey" PRIMARY KEY ("attemptId")
);

-- AddForeignKey
ALTER TABLE "AnswerFeedback" ADD CONSTRAINT "AnswerFeedback_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "PracticeAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;
