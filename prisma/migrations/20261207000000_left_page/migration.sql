-- AlterTable
ALTER TABLE "Mock" ADD COLUMN     "leftPage" TEXT;

-- AlterTable
ALTER TABLE "PracticeAttempt" ADD COLUMN     "leftPage" TEXT;
