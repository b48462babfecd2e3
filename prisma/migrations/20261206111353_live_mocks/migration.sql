-- CreateEnum
CREATE TYPE "LiveMockStatus" AS ENUM ('SCHEDULED', 'CANCELLED', 'LIVE', 'FINISHED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'LIVE_SCHEDULED';
ALTER TYPE "NotificationKind" ADD VALUE 'LIVE_RESCHEDULED';
ALTER TYPE "NotificationKind" ADD VALUE 'LIVE_CANCELLED';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "liveMockId" TEXT;

-- CreateTable
CREATE TABLE "LiveMock" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "mentorshipId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "difficulty" TEXT NOT NULL DEFAULT 'mixed',
    "timeScale" INTEGER,
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" "LiveMockStatus" NOT NULL DEFAULT 'SCHEDULED',
    "mockId" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "cancelledById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LiveMock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveEvent" (
    "id" BIGSERIAL NOT NULL,
    "liveMockId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "audience" TEXT NOT NULL DEFAULT 'all',
    "actorId" TEXT,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveNote" (
    "id" TEXT NOT NULL,
    "liveMockId" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LiveNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LiveMock_mockId_key" ON "LiveMock"("mockId");

-- CreateIndex
CREATE INDEX "LiveMock_candidateId_scheduledAt_idx" ON "LiveMock"("candidateId", "scheduledAt");

-- CreateIndex
CREATE INDEX "LiveMock_mentorId_scheduledAt_idx" ON "LiveMock"("mentorId", "scheduledAt");

-- CreateIndex
CREATE INDEX "LiveMock_mentorshipId_idx" ON "LiveMock"("mentorshipId");

-- CreateIndex
CREATE INDEX "LiveEvent_liveMockId_id_idx" ON "LiveEvent"("liveMockId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "LiveNote_liveMockId_slot_key" ON "LiveNote"("liveMockId", "slot");

-- AddForeignKey
ALTER TABLE "LiveMock" ADD CONSTRAINT "LiveMock_mentorshipId_fkey" FOREIGN KEY ("mentorshipId") REFERENCES "Mentorship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveMock" ADD CONSTRAINT "LiveMock_mockId_fkey" FOREIGN KEY ("mockId") REFERENCES "Mock"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveEvent" ADD CONSTRAINT "LiveEvent_liveMockId_fkey" FOREIGN KEY ("liveMockId") REFERENCES "LiveMock"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveNote" ADD CONSTRAINT "LiveNote_liveMockId_fkey" FOREIGN KEY ("liveMockId") REFERENCES "LiveMock"("id") ON DELETE CASCADE ON UPDATE CASCADE;
