-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "archivedAt" TIMESTAMP(3);
