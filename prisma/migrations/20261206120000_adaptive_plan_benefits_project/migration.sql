-- AlterTable
ALTER TABLE "User" ADD COLUMN     "nextInterviewSetOn" DATE;

-- Existing interview dates: the profile's last change stands in for the day the date was set
-- (decision 0021). Users without a date stay NULL.
UPDATE "User" SET "nextInterviewSetOn" = "updatedAt"::date WHERE "nextInterviewOn" IS NOT NULL;

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "benefits" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "templateKey" TEXT;

-- CreateTable
CREATE TABLE "ProjectExtension" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "checkedCriteria" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectExtension_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProjectExtension_planId_key" ON "ProjectExtension"("planId");

-- CreateIndex
CREATE INDEX "ProjectExtension_userId_idx" ON "ProjectExtension"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Milestone_planId_templateKey_key" ON "Milestone"("planId", "templateKey");

-- AddForeignKey
ALTER TABLE "ProjectExtension" ADD CONSTRAINT "ProjectExtension_planId_fkey" FOREIGN KEY ("planId") REFERENCES "CareerPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
