import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { rows } from "@/lib/server/db";
import { HttpError } from "@/lib/server/errors";
import { decodeCursor, encodeCursor, type Cursor } from "./cursor";
import { type ListQuestionsQuery, type Sort } from "./schema";
import { likeEscape, searchWords } from "./search-query";
import { type QuestionFields, questionFields } from "./shape";
import { COMPANY_TYPES, DIFFICULTIES, QUESTION_TYPES, SOURCES, fromDb, toDb } from "./taxonomy";
import { FIX_LINK_MESSAGE } from "@/lib/messages";

/** One row of the question list. */
type QuestionSummary = QuestionFields & { challenged: boolean };

export type Facets = Record<"type" | "focusArea" | "difficulty" | "companyType" | "source", Record<string, number>> & {
  tags: { tag: string; count: number }[];
};

type Row = QuestionFields & {
  /** createdAt as ISO text: the newest sort's cursor key. */
  createdIso: string;
  challenged: boolean;
  /** numeric, read from JSON as a number. */
  rank: number;
  difficultyRank: number;
};

type FacetRow = { dim: string; value: string; n: number };

type Dim = keyof Omit<Facets, "tags">;

/**
 * Every word must match as a prefix, either stemmed (english) or as written (simple):
 * "feature stor" finds "feature stores", "negotiat" finds "negotiation".
 */
function tsQuery(words: string[]): Prisma.Sql {
  return Prisma.join(
    words.map((w) => Prisma.sql`(to_tsquery('english', ${`${w}:*`}) || to_tsquery('simple', ${`${w}:*`}))`),
    " && ",
  );
}

/** What every count shares: visible to the user, the search, the tag, challenged. */
function baseConditions(userId: string, query: ListQuestionsQuery, tsq: Prisma.Sql | null) {
  const c: Prisma.Sql[] = [
    Prisma.sql`((q."ownerId" IS NULL AND q."retiredAt" IS NULL) OR q."ownerId" = ${userId})`,
  ];
  if (tsq) c.push(Prisma.sql`q."search" @@ (${tsq})`);
  if (query.tag) c.push(Prisma.sql`q."tags" @> ARRAY[${query.tag}]::text[]`);
  if (query.challenged) {
    c.push(Prisma.sql`EXISTS (SELECT 1 FROM "UserQuestionState" s2
      WHERE s2."userId" = ${userId} AND s2."questionId" = q."id" AND s2."challenged")`);
  }
  return c;
}

/** The facet filters (type, focus area, difficulty, company type, source), optionally leaving one out. */
function facetConditions(userId: string, query: ListQuestionsQuery, except?: Dim) {
  const c: Prisma.Sql[] = [];
  if (query.type && except !== "type") c.push(Prisma.sql`q."type" = CAST(${toDb(QUESTION_TYPES, query.type)} AS "QuestionType")`);
  if (query.focusArea && except !== "focusArea") c.push(Prisma.sql`q."focusArea" = ${query.focusArea}`);
  if (query.difficulty && except !== "difficulty")
    c.push(Prisma.sql`q."difficulty" = CAST(${toDb(DIFFICULTIES, query.difficulty)} AS "Difficulty")`);
  if (query.companyType && except !== "companyType")
    c.push(Prisma.sql`q."companyType" = CAST(${toDb(COMPANY_TYPES, query.companyType)} AS "CompanyType")`);
  if (query.source && except !== "source") {
    c.push(
      query.source === "personal"
        ? Prisma.sql`q."ownerId" = ${userId}`
        : Prisma.sql`q."source" = CAST(${toDb(SOURCES, query.source)} AS "QuestionSource")`,
    );
  }
  return c;
}

const and = (c: Prisma.Sql[]) => (c.length ? Prisma.join(c, " AND ") : Prisma.sql`TRUE`);

/**
 * A difficulty's place in the enum (1 = easy), as `array_position(enum_range(NULL::"Difficulty"), …)`
 * gave it (cursors hold it) without reading the catalog once per row (~0.9 ms a list, issue 20).
 * DIFFICULTIES lists the enum in its order (tests/unit/question-shape.test.ts).
 */
const DIFFICULTY_RANK = Prisma.sql`CASE q."difficulty" ${Prisma.raw(
  DIFFICULTIES.map((d, i) => `WHEN '${d.db}' THEN ${i + 1}`).join(" "),
)} END`;

const ORDER: Record<Sort, Prisma.Sql> = {
  relevance: Prisma.sql`x."rank" DESC, x."id" ASC`,
  title: Prisma.sql`x."title" ASC, x."id" ASC`,
  newest: Prisma.sql`x."createdAt" DESC, x."id" DESC`,
  difficulty: Prisma.sql`x."difficultyRank" ASC, x."title" ASC, x."id" ASC`,
  time: Prisma.sql`x."allocatedMinutes" ASC, x."title" ASC, x."id" ASC`,
};

function keyset(sort: Sort, c: Cursor): Prisma.Sql {
  const [a, b] = c.k;
  switch (sort) {
    case "relevance":
      return Prisma.sql`(x."rank" < CAST(${String(a)} AS numeric) OR (x."rank" = CAST(${String(a)} AS numeric) AND x."id" > ${c.id}))`;
    case "title":
      return Prisma.sql`(x."title", x."id") > (${String(a)}, ${c.id})`;
    case "newest":
      return Prisma.sql`(x."createdAt", x."id") < (CAST(${String(a)} AS timestamp(3)), ${c.id})`;
    case "difficulty":
      return Prisma.sql`(x."difficultyRank", x."title", x."id") > (${Number(a)}, ${String(b)}, ${c.id})`;
    case "time":
      return Prisma.sql`(x."allocatedMinutes", x."title", x."id") > (${Number(a)}, ${String(b)}, ${c.id})`;
  }
}

function keysOf(sort: Sort, r: Row): Cursor["k"] {
  switch (sort) {
    case "relevance":
      return [String(r.rank)];
    case "title":
      return [r.title];
    case "newest":
      return [r.createdIso];
    case "difficulty":
      return [r.difficultyRank, r.title];
    case "time":
      return [r.allocatedMinutes, r.title];
  }
}

/** Lists the questions a user may see, filtered, searched, sorted, keyset-paginated, with facet counts. */
export async function listQuestions(userId: string, query: ListQuestionsQuery) {
  const q = query.q?.trim() || undefined;
  const words = q ? searchWords(q) : [];
  const tsq = words.length ? tsQuery(words) : null;
  if (q && !tsq) {
    throw new HttpError(400, "invalid_input", FIX_LINK_MESSAGE, {
      q: "Search for at least one letter or digit.",
    });
  }
  const sort: Sort = query.sort ?? (tsq ? "relevance" : "difficulty");
  if (sort === "relevance" && !tsq) {
    throw new HttpError(400, "invalid_input", FIX_LINK_MESSAGE, {
      sort: "Sorting by relevance needs a search (q).",
    });
  }
  const limit = query.limit ?? 20;
  const cursor = query.cursor ? decodeCursor(query.cursor, sort) : null;
  const filters = { ...query, q };
  const base = baseConditions(userId, filters, tsq);
  // Rounded to a fixed-point numeric so the keyset cursor compares exactly.
  const rank = tsq
    ? Prisma.sql`round((ts_rank(q."search", (${tsq}))
        + CASE WHEN q."title" ILIKE ${`%${likeEscape(q!)}%`} THEN 1.0 ELSE 0.0 END)::numeric, 6)`
    : Prisma.sql`0::numeric`;

  // One statement (issue 20): the questions matching the search, tag and challenged
  // conditions are read once (one scan, one full-text match, the rank computed once) into `m`;
  // the page (keyset, sort, limit, then the user's bookmark for those rows only) and every facet
  // (each counted without its own filter; the total with all) are computed from `m` and come
  // back as two JSON columns of one row. The facet rows come in a fixed order (each facet's values
  // ascending, tags by count then name), so a facet object's key order does not depend on the
  // plan (a prepared statement's generic plan groups differently from a custom one).
  //
  // Grouped on the column itself and cast to text per group, not per row (an enum's text is a
  // catalogue lookup); the tags unnested in the select list (one pass) rather than as a lateral
  // function scan per question. Same rows; ~15 % less PostgreSQL CPU per list (decision 0023,
  // session 10).
  const facetSql = (dim: Dim, column: Prisma.Sql) => Prisma.sql`
    SELECT ${dim}::text AS "dim", ${column}::text AS "value", count(*)::int AS "n"
    FROM m q WHERE ${and(facetConditions(userId, filters, dim))} GROUP BY ${column}`;
  const allFacets = and(facetConditions(userId, filters));
  const [result] = await rows<{ items: Row[] | null; facets: FacetRow[] | null }>(Prisma.sql`
    WITH m AS MATERIALIZED (
      SELECT q."id", q."slug", q."title", q."type", q."focusArea", q."difficulty", q."allocatedMinutes",
             q."expectedMinutes", q."tags", q."companyType", q."source", q."ownerId", q."createdAt",
             ${DIFFICULTY_RANK} AS "difficultyRank", ${rank} AS "rank"
      FROM "Question" q WHERE ${and(base)}
    )
    SELECT
      (SELECT json_agg(x ORDER BY ${ORDER[sort]}) FROM (
        SELECT x.*, to_char(x."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdIso",
               COALESCE((SELECT s."challenged" FROM "UserQuestionState" s
                         WHERE s."userId" = ${userId} AND s."questionId" = x."id"), false) AS "challenged"
        FROM (
          SELECT * FROM (SELECT * FROM m q WHERE ${allFacets}) x
          WHERE ${cursor ? keyset(sort, cursor) : Prisma.sql`TRUE`}
          ORDER BY ${ORDER[sort]}
          LIMIT ${limit + 1}
        ) x
      ) x) AS "items",
      (SELECT json_agg(f ORDER BY f."dim", CASE WHEN f."dim" = 'tag' THEN -f."n" ELSE 0 END, f."value") FROM (
        ${facetSql("type", Prisma.sql`q."type"`)}
        UNION ALL ${facetSql("focusArea", Prisma.sql`q."focusArea"`)}
        UNION ALL ${facetSql("difficulty", Prisma.sql`q."difficulty"`)}
        UNION ALL ${facetSql("companyType", Prisma.sql`q."companyType"`)}
        UNION ALL ${facetSql("source", Prisma.sql`q."source"`)}
        UNION ALL (SELECT 'tag', u."t", count(*)::int FROM (SELECT unnest(q."tags") AS "t" FROM m q WHERE ${allFacets}) u
                   GROUP BY u."t" ORDER BY 3 DESC, 2 ASC LIMIT 40)
        UNION ALL SELECT 'total', '', count(*)::int FROM m q WHERE ${allFacets}
      ) f) AS "facets"`);
  const found = result?.items ?? [];
  const facetRows = result?.facets ?? [];
  const page = found.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    found.length > limit && last ? encodeCursor({ s: sort, k: keysOf(sort, last), id: last.id }) : null;

  let total = 0;
  const facets: Facets = { type: {}, focusArea: {}, difficulty: {}, companyType: {}, source: {}, tags: [] };
  for (const f of facetRows) {
    if (f.dim === "total") total = f.n;
    else if (f.dim === "tag") facets.tags.push({ tag: f.value, count: f.n });
    else if (f.dim === "type") facets.type[fromDb(QUESTION_TYPES, f.value)] = f.n;
    else if (f.dim === "difficulty") facets.difficulty[fromDb(DIFFICULTIES, f.value)] = f.n;
    else if (f.dim === "companyType") facets.companyType[fromDb(COMPANY_TYPES, f.value)] = f.n;
    else if (f.dim === "source") facets.source[fromDb(SOURCES, f.value)] = f.n;
    else facets.focusArea[f.value] = f.n;
  }

  const items: QuestionSummary[] = page.map((r) => ({ ...questionFields(r), challenged: r.challenged }));
  return { items, nextCursor, total, sort, facets };
}
