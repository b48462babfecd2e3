-- AlterTable
ALTER TABLE "Mock" ADD COLUMN     "relaxations" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "bonusPoints" TEXT[] DEFAULT ARRAY[]::TEXT[];
