/*
  Warnings:

  - A unique constraint covering the columns `[mockId,mockSlot]` on the table `PracticeAttempt` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "MockStatus" AS ENUM ('IN_PROGRESS', 'FINISHED');

-- AlterTable
ALTER TABLE "PracticeAttempt" ADD COLUMN     "mockId" TEXT,
ADD COLUMN     "mockSlot" INTEGER;

-- CreateTable
CREATE TABLE "Mock" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "plan" JSONB NOT NULL,
    "difficulty" TEXT NOT NULL,
    "seriesNumber" INTEGER,
    "msPerMinute" INTEGER NOT NULL DEFAULT 60000,
    "status" "MockStatus" NOT NULL DEFAULT 'IN_PROGRESS',
    "stage" INTEGER NOT NULL DEFAULT 0,
    "question" INTEGER NOT NULL DEFAULT 0,
    "stageMs" INTEGER[],
    "slotMs" INTEGER[],
    "resumedAt" TIMESTAMP(3),
    "pausedBy" "PauseReason",
    "stageStartedAt" TIMESTAMP(3) NOT NULL,
    "clockVersion" INTEGER NOT NULL DEFAULT 1,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "finishedEarly" BOOLEAN NOT NULL DEFAULT false,
    "interviewId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Mock_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Mock_interviewId_key" ON "Mock"("interviewId");

-- CreateIndex
CREATE INDEX "Mock_userId_createdAt_idx" ON "Mock"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Mock_userId_status_idx" ON "Mock"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeAttempt_mockId_mockSlot_key" ON "PracticeAttempt"("mockId", "mockSlot");

-- AddForeignKey
ALTER TABLE "Mock" ADD CONSTRAINT "Mock_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mock" ADD CONSTRAINT "Mock_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeAttempt" ADD CONSTRAINT "PracticeAttempt_mockId_fkey" FOREIGN KEY ("mockId") REFERENCES "Mock"("id") ON DELETE CASCADE ON UPDATE CASCADE;
