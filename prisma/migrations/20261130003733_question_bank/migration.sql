-- CreateEnum
CREATE TYPE "QuestionType" AS ENUM ('TECHNICAL', 'BEHAVIOURAL', 'SYSTEM_DESIGN', 'CODING', 'BUSINESS_CASE', 'COMPENSATION', 'QUIZ', 'REFLECTION');

-- CreateEnum
CREATE TYPE "Difficulty" AS ENUM ('EASY', 'MEDIUM', 'HARD', 'EXPERT');

-- CreateEnum
CREATE TYPE "CompanyType" AS ENUM ('GENERAL', 'BIG_TECH', 'STARTUP', 'ENTERPRISE', 'RESEARCH_LAB');

-- CreateEnum
CREATE TYPE "QuestionSource" AS ENUM ('SEED', 'ORIGINAL', 'PERSONAL');

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "slug" TEXT,
    "ownerId" TEXT,
    "title" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "type" "QuestionType" NOT NULL,
    "focusArea" TEXT NOT NULL,
    "difficulty" "Difficulty" NOT NULL,
    "allocatedMinutes" INTEGER NOT NULL,
    "expectedMinutes" INTEGER NOT NULL,
    "keyPoints" TEXT[],
    "modelAnswer" TEXT NOT NULL,
    "discussionPoints" TEXT[],
    "tags" TEXT[],
    "companyType" "CompanyType" NOT NULL DEFAULT 'GENERAL',
    "source" "QuestionSource" NOT NULL,
    "contentHash" TEXT,
    "retiredAt" TIMESTAMP(3),
    "search" tsvector,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserQuestionState" (
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "challenged" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "noteVersion" INTEGER NOT NULL DEFAULT 0,
    "revealedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UserQuestionState_pkey" PRIMARY KEY ("userId","questionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Question_slug_key" ON "Question"("slug");

-- CreateIndex
CREATE INDEX "Question_ownerId_createdAt_idx" ON "Question"("ownerId", "createdAt");

-- CreateIndex
CREATE INDEX "Question_focusArea_difficulty_idx" ON "Question"("focusArea", "difficulty");

-- CreateIndex
CREATE INDEX "Question_search_idx" ON "Question" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Question_tags_idx" ON "Question" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "UserQuestionState_questionId_idx" ON "UserQuestionState"("questionId");

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserQuestionState" ADD CONSTRAINT "UserQuestionState_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserQuestionState" ADD CONSTRAINT "UserQuestionState_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text search vector, kept up to date by a trigger (generated columns need immutable
-- expressions and array_to_string is not). Weights: title A, tags B, prompt C. Each part is
-- indexed twice: with the english configuration (stems, so "models" finds "model") and the
-- simple one (whole words, so the prefix "negotiat" finds "negotiation", whose english
-- stem "negoti" is shorter than the prefix).
CREATE FUNCTION question_search_update() RETURNS trigger AS $$
DECLARE
  tag_text text := replace(array_to_string(NEW."tags", ' '), '-', ' ');
BEGIN
  NEW."search" :=
    setweight(to_tsvector('english', coalesce(NEW."title", '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(NEW."title", '')), 'A') ||
    setweight(to_tsvector('english', tag_text), 'B') ||
    setweight(to_tsvector('simple', tag_text), 'B') ||
    setweight(to_tsvector('english', coalesce(NEW."prompt", '')), 'C') ||
    setweight(to_tsvector('simple', coalesce(NEW."prompt", '')), 'C');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER question_search_trigger
  BEFORE INSERT OR UPDATE OF "title", "tags", "prompt" ON "Question"
  FOR EACH ROW EXECUTE FUNCTION question_search_update();
