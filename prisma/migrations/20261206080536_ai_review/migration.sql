-- AlterTable
ALTER TABLE "User" ADD COLUMN     "aiReviewsOnAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "AiReview" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "technicalAccuracy" INTEGER NOT NULL,
    "technicalAccuracyReason" TEXT NOT NULL,
    "communicationClarity" INTEGER NOT NULL,
    "communicationClarityReason" TEXT NOT NULL,
    "problemSolving" INTEGER NOT NULL,
    "problemSolvingReason" TEXT NOT NULL,
    "practicalConsiderations" INTEGER NOT NULL,
    "practicalConsiderationsReason" TEXT NOT NULL,
    "keyPoints" JSONB NOT NULL,
    "improvements" TEXT[],
    "summary" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "promptVersion" TEXT NOT NULL,
    "promptTokens" INTEGER,
    "completionTokens" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AiReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AiReview_attemptId_createdAt_idx" ON "AiReview"("attemptId", "createdAt");

-- CreateIndex
CREATE INDEX "AiReview_userId_createdAt_idx" ON "AiReview"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "AiReview" ADD CONSTRAINT "AiReview_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AiReview" ADD CONSTRAINT "AiReview_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "PracticeAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;
