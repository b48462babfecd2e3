-- CreateTable
CREATE TABLE "SelfAssessment" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "assessedOn" DATE NOT NULL,
    "mlFundamentals" INTEGER NOT NULL,
    "deepLearning" INTEGER NOT NULL,
    "systemDesign" INTEGER NOT NULL,
    "communicationLeadership" INTEGER NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SelfAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SelfAssessment_userId_assessedOn_idx" ON "SelfAssessment"("userId", "assessedOn");

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
