-- CreateEnum
CREATE TYPE "RemotePolicy" AS ENUM ('ONSITE', 'HYBRID', 'REMOTE');

-- CreateEnum
CREATE TYPE "EquityType" AS ENUM ('NONE', 'RSU_VALUE', 'RSU_SHARES', 'OPTIONS');

-- CreateEnum
CREATE TYPE "VestingPreset" AS ENUM ('CLIFF_MONTHLY', 'CLIFF_QUARTERLY', 'EVEN', 'BACK_LOADED', 'FRONT_LOADED', 'CUSTOM');

-- CreateEnum
CREATE TYPE "CriterionKind" AS ENUM ('COMPENSATION', 'GENERAL');

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "company" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "level" "TargetLevel" NOT NULL,
    "region" "Region" NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "remotePolicy" "RemotePolicy" NOT NULL,
    "currency" TEXT NOT NULL,
    "baseSalaryMinor" BIGINT NOT NULL,
    "targetBonusBp" INTEGER NOT NULL,
    "signingBonusMinor" BIGINT NOT NULL,
    "signingBonusMonth" INTEGER NOT NULL DEFAULT 1,
    "equityType" "EquityType" NOT NULL,
    "equityGrantValueMinor" BIGINT,
    "equityShares" BIGINT,
    "equityPriceMinor" BIGINT,
    "equityStrikeMinor" BIGINT,
    "vestingPreset" "VestingPreset" NOT NULL,
    "vestingCustomBp" INTEGER[],
    "annualRefresherMinor" BIGINT NOT NULL,
    "benefitsValueMinor" BIGINT NOT NULL,
    "retirementMatchBp" INTEGER NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferMatrix" (
    "userId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfferMatrix_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "OfferCriterion" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "kind" "CriterionKind" NOT NULL DEFAULT 'GENERAL',
    "position" INTEGER NOT NULL,

    CONSTRAINT "OfferCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferScore" (
    "offerId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,

    CONSTRAINT "OfferScore_pkey" PRIMARY KEY ("offerId","criterionId")
);

-- CreateTable
CREATE TABLE "OfferNegotiable" (
    "offerId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfferNegotiable_pkey" PRIMARY KEY ("offerId","key")
);

-- CreateTable
CREATE TABLE "OfferResearchAnswer" (
    "offerId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfferResearchAnswer_pkey" PRIMARY KEY ("offerId","key")
);

-- CreateIndex
CREATE INDEX "Offer_userId_createdAt_idx" ON "Offer"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "OfferCriterion_userId_position_idx" ON "OfferCriterion"("userId", "position");

-- CreateIndex
CREATE INDEX "OfferScore_criterionId_idx" ON "OfferScore"("criterionId");

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferMatrix" ADD CONSTRAINT "OfferMatrix_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferCriterion" ADD CONSTRAINT "OfferCriterion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "OfferMatrix"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferScore" ADD CONSTRAINT "OfferScore_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferScore" ADD CONSTRAINT "OfferScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "OfferCriterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferNegotiable" ADD CONSTRAINT "OfferNegotiable_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferResearchAnswer" ADD CONSTRAINT "OfferResearchAnswer_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
