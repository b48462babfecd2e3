-- AlterTable
ALTER TABLE "LiveMock" ADD COLUMN     "prunedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "LivePresence" (
    "id" TEXT NOT NULL,
    "liveMockId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LivePresence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LivePresence_liveMockId_expiresAt_idx" ON "LivePresence"("liveMockId", "expiresAt");

-- CreateIndex
CREATE INDEX "LivePresence_expiresAt_idx" ON "LivePresence"("expiresAt");

-- AddForeignKey
ALTER TABLE "LivePresence" ADD CONSTRAINT "LivePresence_liveMockId_fkey" FOREIGN KEY ("liveMockId") REFERENCES "LiveMock"("id") ON DELETE CASCADE ON UPDATE CASCADE;
