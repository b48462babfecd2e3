// The question seed is idempotent, updates edited files in place (keeping users' data)
// and retires questions whose file disappeared.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { QUESTIONS_DIR, seedQuestions } from "@/prisma/seed/questions";
import { newUser } from "../support/client";

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
const seed = (dir = QUESTIONS_DIR) => db.$transaction((tx) => seedQuestions(tx, dir), { timeout: 120_000 });
const SLUG = "notification-send-time-optimisation";
const FILE = path.join("ml-system-design", `${SLUG}.md`);

afterAll(async () => {
  await seed(); // leave the bank as the files say
  await db.$disconnect();
});

describe("seeding questions", () => {
  it("is idempotent: a second run changes nothing", async () => {
    const before = await db.question.count();
    const result = await seed();
    expect(result).toMatchObject({ created: 0, updated: 0, retired: 0 });
    expect(await db.question.count()).toBe(before);
  });

  it("updates an edited question in place, keeping its id and users' notes; retires a removed one", async () => {
    const { client, id: userId } = await newUser("seed-edit");
    const row = await db.question.findUniqueOrThrow({ where: { slug: SLUG } });
    await client.json("PUT", `/api/questions/${row.id}/note`, { note: "keep me", version: 0 });

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "questions-"));
    fs.cpSync(QUESTIONS_DIR, dir, { recursive: true });
    const file = path.join(dir, FILE);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("## Model answer\n", "## Model answer\n\nEdited for the test.\n"));
    const count = await db.question.count();

    expect(await seed(dir)).toMatchObject({ created: 0, updated: 1, retired: 0 });
    const edited = await db.question.findUniqueOrThrow({ where: { slug: SLUG } });
    expect(edited.id).toBe(row.id);
    expect(edited.modelAnswer.startsWith("Edited for the test.")).toBe(true);
    expect(edited.version).toBe(row.version + 1);
    expect(await db.question.count()).toBe(count);
    const state = await db.userQuestionState.findUniqueOrThrow({ where: { userId_questionId: { userId, questionId: row.id } } });
    expect(state.note).toBe("keep me");

    fs.rmSync(file);
    expect(await seed(dir)).toMatchObject({ retired: 1 });
    const retired = await db.question.findUniqueOrThrow({ where: { slug: SLUG } });
    expect(retired.retiredAt).not.toBeNull();
    expect(await db.question.count()).toBe(count); // retired, not deleted

    expect(await seed()).toMatchObject({ updated: 1, retired: 0 }); // the file is back
    const restored = await db.question.findUniqueOrThrow({ where: { slug: SLUG } });
    expect(restored.retiredAt).toBeNull();
    expect(restored.modelAnswer).toBe(row.modelAnswer);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("stops on an invalid file before writing anything, naming the file and field", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "questions-bad-"));
    fs.cpSync(QUESTIONS_DIR, dir, { recursive: true });
    const file = path.join(dir, FILE);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^difficulty: .*$/m, "difficulty: Legendary"));
    const before = await db.question.findUniqueOrThrow({ where: { slug: SLUG } });
    await expect(seed(dir)).rejects.toThrow(`ml-system-design/${SLUG}.md: difficulty:`);
    const after = await db.question.findUniqueOrThrow({ where: { slug: SLUG } });
    expect(after.updatedAt).toEqual(before.updatedAt);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
