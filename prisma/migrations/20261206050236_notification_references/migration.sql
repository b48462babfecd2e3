-- Notifications store references (actor, candidate, item), never text: the text and the link
-- are rendered when the recipient reads them, through the item's access rules, so a title
-- does not outlive the recipient's access. Existing rows keep their references (parsed from
-- the stored link, the actor matched by name) and lose their stored text.

ALTER TABLE "Notification"
ADD COLUMN     "actorId" TEXT,
ADD COLUMN     "again" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "attemptId" TEXT,
ADD COLUMN     "candidateId" TEXT,
ADD COLUMN     "mockId" TEXT;

-- Mentor-side links: /mentoring/{candidate}/attempts/{attempt}[#thread] or /mentoring/{candidate}/mocks/{mock}.
-- The candidate asked for the review or wrote the reply.
UPDATE "Notification"
SET "candidateId" = substring("link" from '^/mentoring/([^/#?]+)/'),
    "attemptId"   = substring("link" from '^/mentoring/[^/#?]+/attempts/([^/#?]+)'),
    "mockId"      = substring("link" from '^/mentoring/[^/#?]+/mocks/([^/#?]+)')
WHERE "link" ~ '^/mentoring/[^/#?]+/(attempts|mocks)/';
UPDATE "Notification" SET "actorId" = "candidateId" WHERE "candidateId" IS NOT NULL;

-- Candidate-side links: /practice/attempts/{attempt}[#…], /mocks/{mock}/report[#…], /mentors.
UPDATE "Notification"
SET "candidateId" = "userId",
    "attemptId"   = substring("link" from '^/practice/attempts/([^/#?]+)'),
    "mockId"      = substring("link" from '^/mocks/([^/#?]+)/report')
WHERE "link" ~ '^/(practice/attempts|mocks)/' OR "link" = '/mentors' OR "kind" = 'INVITATION_ACCEPTED';

UPDATE "Notification" SET "again" = true
WHERE "kind" = 'REVIEW_ARRIVED' AND "text" LIKE '% updated their review of %';

-- The other side of the mentorship whose name starts the text, when exactly one matches.
UPDATE "Notification" n
SET "actorId" = (
  SELECT min(p."id")
  FROM (
    SELECT m."mentorId" AS "id" FROM "Mentorship" m WHERE m."candidateId" = n."userId"
    UNION
    SELECT m."candidateId" FROM "Mentorship" m WHERE m."mentorId" = n."userId"
  ) x
  JOIN "User" p ON p."id" = x."id"
  WHERE starts_with(n."text", p."displayName" || ' ')
  HAVING count(DISTINCT p."id") = 1
)
WHERE n."actorId" IS NULL;

-- "{candidate} ended the mentorship." went to the mentor (link /mentoring).
UPDATE "Notification" SET "candidateId" = "actorId"
WHERE "kind" = 'MENTORSHIP_ENDED' AND "link" = '/mentoring';

ALTER TABLE "Notification" DROP COLUMN "link",
DROP COLUMN "text";
