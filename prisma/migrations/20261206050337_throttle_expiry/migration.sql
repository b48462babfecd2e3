-- Throttle rows now count attempts in fixed windows that expire (and are purged), and their
-- keys carry keyed hashes instead of plain emails and addresses: the old rows (plain emails,
-- no expiry) are dropped, which resets every counter once.
DELETE FROM "AuthThrottle";

-- DropIndex
DROP INDEX "AuthThrottle_updatedAt_idx";

-- AlterTable
ALTER TABLE "AuthThrottle" DROP COLUMN "blockedUntil",
ADD COLUMN     "expiresAt" TIMESTAMP(3) NOT NULL;

-- CreateIndex
CREATE INDEX "AuthThrottle_expiresAt_idx" ON "AuthThrottle"("expiresAt");
