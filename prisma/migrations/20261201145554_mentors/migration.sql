-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('INVITATION_ACCEPTED', 'REVIEW_REQUESTED', 'REVIEW_ARRIVED', 'COMMENT_ADDED', 'MENTORSHIP_ENDED');

-- CreateTable
CREATE TABLE "MentorInvitation" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "shareAttempts" BOOLEAN NOT NULL DEFAULT true,
    "shareMocks" BOOLEAN NOT NULL DEFAULT true,
    "shareProgress" BOOLEAN NOT NULL DEFAULT true,
    "shareOffers" BOOLEAN NOT NULL DEFAULT false,
    "sharePlan" BOOLEAN NOT NULL DEFAULT false,
    "label" TEXT NOT NULL DEFAULT '',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "acceptedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MentorInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mentorship" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "invitationId" TEXT,
    "shareAttempts" BOOLEAN NOT NULL,
    "shareMocks" BOOLEAN NOT NULL,
    "shareProgress" BOOLEAN NOT NULL,
    "shareOffers" BOOLEAN NOT NULL,
    "sharePlan" BOOLEAN NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Mentorship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewRequest" (
    "id" TEXT NOT NULL,
    "mentorshipId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "attemptId" TEXT,
    "mockId" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "ReviewRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentorReview" (
    "id" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "technicalAccuracy" INTEGER NOT NULL,
    "communicationClarity" INTEGER NOT NULL,
    "problemSolving" INTEGER NOT NULL,
    "practicalConsiderations" INTEGER NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MentorReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "parentId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "text" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentorAccessLog" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "itemKind" TEXT NOT NULL,
    "itemId" TEXT,
    "itemLabel" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MentorAccessLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MentorInvitation_tokenHash_key" ON "MentorInvitation"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "MentorInvitation_codeHash_key" ON "MentorInvitation"("codeHash");

-- CreateIndex
CREATE INDEX "MentorInvitation_candidateId_createdAt_idx" ON "MentorInvitation"("candidateId", "createdAt");

-- CreateIndex
CREATE INDEX "MentorInvitation_acceptedById_idx" ON "MentorInvitation"("acceptedById");

-- CreateIndex
CREATE UNIQUE INDEX "Mentorship_invitationId_key" ON "Mentorship"("invitationId");

-- CreateIndex
CREATE INDEX "Mentorship_candidateId_endedAt_idx" ON "Mentorship"("candidateId", "endedAt");

-- CreateIndex
CREATE INDEX "Mentorship_mentorId_endedAt_idx" ON "Mentorship"("mentorId", "endedAt");

-- CreateIndex
CREATE INDEX "ReviewRequest_mentorId_completedAt_requestedAt_idx" ON "ReviewRequest"("mentorId", "completedAt", "requestedAt");

-- CreateIndex
CREATE INDEX "ReviewRequest_mentorshipId_idx" ON "ReviewRequest"("mentorshipId");

-- CreateIndex
CREATE INDEX "ReviewRequest_attemptId_idx" ON "ReviewRequest"("attemptId");

-- CreateIndex
CREATE INDEX "ReviewRequest_mockId_idx" ON "ReviewRequest"("mockId");

-- CreateIndex
CREATE INDEX "MentorReview_candidateId_createdAt_idx" ON "MentorReview"("candidateId", "createdAt");

-- CreateIndex
CREATE INDEX "MentorReview_mentorId_updatedAt_idx" ON "MentorReview"("mentorId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "MentorReview_attemptId_mentorId_key" ON "MentorReview"("attemptId", "mentorId");

-- CreateIndex
CREATE INDEX "ReviewComment_attemptId_mentorId_createdAt_idx" ON "ReviewComment"("attemptId", "mentorId", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewComment_authorId_idx" ON "ReviewComment"("authorId");

-- CreateIndex
CREATE INDEX "ReviewComment_parentId_idx" ON "ReviewComment"("parentId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "MentorAccessLog_candidateId_at_idx" ON "MentorAccessLog"("candidateId", "at");

-- CreateIndex
CREATE INDEX "MentorAccessLog_mentorId_idx" ON "MentorAccessLog"("mentorId");

-- AddForeignKey
ALTER TABLE "MentorInvitation" ADD CONSTRAINT "MentorInvitation_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorInvitation" ADD CONSTRAINT "MentorInvitation_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mentorship" ADD CONSTRAINT "Mentorship_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mentorship" ADD CONSTRAINT "Mentorship_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mentorship" ADD CONSTRAINT "Mentorship_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "MentorInvitation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_mentorshipId_fkey" FOREIGN KEY ("mentorshipId") REFERENCES "Mentorship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "PracticeAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_mockId_fkey" FOREIGN KEY ("mockId") REFERENCES "Mock"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorReview" ADD CONSTRAINT "MentorReview_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "PracticeAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorReview" ADD CONSTRAINT "MentorReview_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "PracticeAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ReviewComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorAccessLog" ADD CONSTRAINT "MentorAccessLog_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorAccessLog" ADD CONSTRAINT "MentorAccessLog_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
