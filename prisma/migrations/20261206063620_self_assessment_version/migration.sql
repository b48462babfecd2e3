-- AlterTable
ALTER TABLE "SelfAssessment" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
