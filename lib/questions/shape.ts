// The one shape of a question's public fields, shared by the list (QuestionSummary) and the
// detail (QuestionDetail): the columns both statements select and the mapping of their
// database enum values to the API's values.
import { Prisma } from "@/lib/generated/prisma/client";
import { COMPANY_TYPES, DIFFICULTIES, QUESTION_TYPES, SOURCES, fromDb } from "./taxonomy";

export type QuestionFields = {
  id: string;
  slug: string | null;
  title: string;
  type: string;
  focusArea: string;
  difficulty: string;
  allocatedMinutes: number;
  expectedMinutes: number;
  tags: string[];
  companyType: string;
  source: string;
};

/** The columns of QuestionFields from `"Question" q`, enums as their database text. */
export const QUESTION_FIELD_COLUMNS = Prisma.sql`q."id", q."slug", q."title", q."type"::text AS "type", q."focusArea",
  q."difficulty"::text AS "difficulty", q."allocatedMinutes", q."expectedMinutes", q."tags",
  q."companyType"::text AS "companyType", q."source"::text AS "source"`;

/** A row's public fields (database enum values → the API's: `SYSTEM_DESIGN` → `system-design`). */
export function questionFields(r: QuestionFields): QuestionFields {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    type: fromDb(QUESTION_TYPES, r.type),
    focusArea: r.focusArea,
    difficulty: fromDb(DIFFICULTIES, r.difficulty),
    allocatedMinutes: r.allocatedMinutes,
    expectedMinutes: r.expectedMinutes,
    tags: r.tags,
    companyType: fromDb(COMPANY_TYPES, r.companyType),
    source: fromDb(SOURCES, r.source),
  };
}
