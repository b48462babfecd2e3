// Loads the question bank from prisma/seed/questions/**.md: validates every file first
// (one error naming file and field stops the seed before anything is written), then
// upserts by slug. Unchanged files are skipped; a changed file updates its row in place
// (ids, attempts and notes are untouched); a file that disappeared retires its question.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SeedDb } from "./db";
import type { Prisma } from "../../lib/generated/prisma/client";
import { parseQuestionFile } from "../../lib/questions/parse-content";
import { type QuestionContent } from "../../lib/questions/content-schema";
import { COMPANY_TYPES, DIFFICULTIES, QUESTION_TYPES, toDb } from "../../lib/questions/taxonomy";

export const QUESTIONS_DIR = path.join(import.meta.dirname, "questions");

export function readQuestionFiles(dir = QUESTIONS_DIR) {
  const out: { content: QuestionContent; hash: string }[] = [];
  for (const folder of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, folder);
    if (!fs.statSync(full).isDirectory()) continue;
    for (const file of fs.readdirSync(full).sort()) {
      if (!file.endsWith(".md")) continue;
      const text = fs.readFileSync(path.join(full, file), "utf8");
      out.push({
        content: parseQuestionFile(`${folder}/${file}`, text),
        hash: crypto.createHash("sha256").update(text).digest("hex"),
      });
    }
  }
  const seen = new Map<string, string>();
  for (const { content } of out) {
    const other = seen.get(content.title);
    if (other) throw new Error(`${content.focusArea}/${content.slug}.md: title: duplicates ${other}`);
    seen.set(content.title, `${content.focusArea}/${content.slug}.md`);
  }
  return out;
}

function toRow(q: QuestionContent, hash: string) {
  return {
    title: q.title,
    prompt: q.prompt,
    type: toDb(QUESTION_TYPES, q.type),
    focusArea: q.focusArea,
    difficulty: toDb(DIFFICULTIES, q.difficulty.toLowerCase() as (typeof DIFFICULTIES)[number]["value"]),
    allocatedMinutes: q.allocatedMinutes,
    expectedMinutes: q.expectedMinutes,
    keyPoints: q.keyPoints,
    bonusPoints: q.bonusPoints,
    modelAnswer: q.modelAnswer,
    discussionPoints: q.discussionPoints,
    tags: q.tags,
    companyType: toDb(COMPANY_TYPES, q.companyType),
    source: q.source === "seed" ? ("SEED" as const) : ("ORIGINAL" as const),
    contentHash: hash,
    retiredAt: null,
  };
}

export async function seedQuestions(db: SeedDb, dir = QUESTIONS_DIR) {
  const files = readQuestionFiles(dir);
  const existing = await db.question.findMany({
    where: { slug: { not: null } },
    select: { slug: true, contentHash: true, retiredAt: true },
  });
  const bySlug = new Map(existing.map((e) => [e.slug!, e]));
  const creates: Prisma.QuestionCreateManyInput[] = [];
  let updated = 0;
  for (const { content, hash } of files) {
    const row = toRow(content, hash);
    const prev = bySlug.get(content.slug);
    if (!prev) {
      creates.push({ slug: content.slug, ...row });
    } else if (prev.contentHash !== hash || prev.retiredAt) {
      await db.question.update({ where: { slug: content.slug }, data: { ...row, version: { increment: 1 } } });
      updated++;
    }
  }
  // A fresh database gets the whole bank in one statement (one round trip, not one per question).
  const created = creates.length ? (await db.question.createMany({ data: creates })).count : 0;
  const present = new Set(files.map((f) => f.content.slug));
  const gone = existing.filter((e) => !present.has(e.slug!) && !e.retiredAt).map((e) => e.slug!);
  if (gone.length) {
    await db.question.updateMany({ where: { slug: { in: gone } }, data: { retiredAt: new Date() } });
  }
  return { total: files.length, created, updated, retired: gone.length };
}
