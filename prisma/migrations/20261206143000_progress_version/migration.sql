-- CreateTable
CREATE TABLE "ProgressVersion" (
    "userId" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ProgressVersion_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "ProgressQuestionsVersion" (
    "id" INTEGER NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ProgressQuestionsVersion_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "ProgressVersion" ADD CONSTRAINT "ProgressVersion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The dashboard cache's stamps (lib/progress/cache.ts), kept current in the same transaction
-- as the write that changes what the dashboard shows. Backfill: a row for every user and the
-- one question-bank row.
INSERT INTO "ProgressVersion" ("userId") SELECT "id" FROM "User";
INSERT INTO "ProgressQuestionsVersion" ("id") VALUES (1);

CREATE FUNCTION progress_version_new_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ProgressVersion" ("userId") VALUES (NEW."id") ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER progress_version_new_user AFTER INSERT ON "User" FOR EACH ROW EXECUTE FUNCTION progress_version_new_user();

-- Adds 1 to the stamp of the user the old and the new row belong to ("candidateId" for mentor
-- reviews, "userId" elsewhere). When the user is being deleted the row is gone or going: the
-- UPDATE finds nothing, which is right.
CREATE FUNCTION progress_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_user text;
  new_user text;
BEGIN
  IF TG_TABLE_NAME = 'MentorReview' THEN
    IF TG_OP <> 'INSERT' THEN old_user := OLD."candidateId"; END IF;
    IF TG_OP <> 'DELETE' THEN new_user := NEW."candidateId"; END IF;
  ELSE
    IF TG_OP <> 'INSERT' THEN old_user := OLD."userId"; END IF;
    IF TG_OP <> 'DELETE' THEN new_user := NEW."userId"; END IF;
  END IF;
  UPDATE "ProgressVersion" SET "version" = "version" + 1 WHERE "userId" IN (old_user, new_user);
  RETURN NULL;
END $$;

-- Practice attempts: every insert and delete (the suggested questions read when each question
-- was last started); updates only of attempts that are or were submitted or scored — a draft's
-- autosave changes nothing the dashboard reads.
CREATE TRIGGER progress_version_attempt_insert_delete AFTER INSERT OR DELETE ON "PracticeAttempt"
  FOR EACH ROW EXECUTE FUNCTION progress_version_bump();
CREATE TRIGGER progress_version_attempt_update AFTER UPDATE ON "PracticeAttempt"
  FOR EACH ROW
  WHEN (OLD."submittedAt" IS NOT NULL OR NEW."submittedAt" IS NOT NULL OR OLD."status" = 'SCORED' OR NEW."status" = 'SCORED'
        OR OLD."userId" IS DISTINCT FROM NEW."userId" OR OLD."questionId" IS DISTINCT FROM NEW."questionId"
        OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt")
  EXECUTE FUNCTION progress_version_bump();
CREATE TRIGGER progress_version_self_assessment AFTER INSERT OR UPDATE OR DELETE ON "SelfAssessment"
  FOR EACH ROW EXECUTE FUNCTION progress_version_bump();
CREATE TRIGGER progress_version_mentor_review AFTER INSERT OR UPDATE OR DELETE ON "MentorReview"
  FOR EACH ROW EXECUTE FUNCTION progress_version_bump();
CREATE TRIGGER progress_version_ai_review AFTER INSERT OR UPDATE OR DELETE ON "AiReview"
  FOR EACH ROW EXECUTE FUNCTION progress_version_bump();
CREATE TRIGGER progress_version_quiz_result AFTER INSERT OR UPDATE OR DELETE ON "QuizResult"
  FOR EACH ROW EXECUTE FUNCTION progress_version_bump();
-- Mocks count once finished: inserts, deletes, and changes of status or finish time (not the
-- live mock's stage changes).
CREATE TRIGGER progress_version_mock_insert_delete AFTER INSERT OR DELETE ON "Mock"
  FOR EACH ROW EXECUTE FUNCTION progress_version_bump();
CREATE TRIGGER progress_version_mock_update AFTER UPDATE ON "Mock"
  FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."finishedAt" IS DISTINCT FROM NEW."finishedAt" OR OLD."userId" IS DISTINCT FROM NEW."userId")
  EXECUTE FUNCTION progress_version_bump();

CREATE FUNCTION progress_questions_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ProgressQuestionsVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END $$;
CREATE TRIGGER progress_questions_version_insert_delete AFTER INSERT OR DELETE ON "Question"
  FOR EACH STATEMENT EXECUTE FUNCTION progress_questions_version_bump();
CREATE TRIGGER progress_questions_version_update AFTER UPDATE ON "Question"
  FOR EACH ROW
  WHEN (OLD."title" IS DISTINCT FROM NEW."title" OR OLD."focusArea" IS DISTINCT FROM NEW."focusArea"
        OR OLD."difficulty" IS DISTINCT FROM NEW."difficulty" OR OLD."type" IS DISTINCT FROM NEW."type"
        OR OLD."ownerId" IS DISTINCT FROM NEW."ownerId" OR OLD."retiredAt" IS DISTINCT FROM NEW."retiredAt")
  EXECUTE FUNCTION progress_questions_version_bump();
