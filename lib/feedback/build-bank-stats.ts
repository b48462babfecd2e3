// Regenerates lib/feedback/data/bank-stats.json from prisma/seed/questions:
//   npx tsx lib/feedback/build-bank-stats.ts
// tests/unit/feedback-bank-stats.test.ts fails when the snapshot no longer matches the bank.
import fs from "node:fs";
import path from "node:path";
import { parseQuestionFile } from "@/lib/questions/parse-content";
import { type BankQuestion, computeBankStats } from "./bank-stats";

const QUESTIONS_DIR = path.join(process.cwd(), "prisma", "seed", "questions");
export const SNAPSHOT_PATH = path.join(process.cwd(), "lib", "feedback", "data", "bank-stats.json");

export function readBank(
  dir = QUESTIONS_DIR,
): Array<BankQuestion & { slug: string; type: string; allocatedMinutes: number }> {
  const out = [];
  for (const area of fs.readdirSync(dir).sort()) {
    const areaDir = path.join(dir, area);
    if (!fs.statSync(areaDir).isDirectory()) continue;
    for (const file of fs.readdirSync(areaDir).sort()) {
      if (!file.endsWith(".md")) continue;
      out.push(parseQuestionFile(`${area}/${file}`, fs.readFileSync(path.join(areaDir, file), "utf8")));
    }
  }
  return out;
}

export function snapshotText(): string {
  return `${JSON.stringify(computeBankStats(readBank()))}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? "")) {
  fs.writeFileSync(SNAPSHOT_PATH, snapshotText());
  console.log(`wrote ${path.relative(process.cwd(), SNAPSHOT_PATH)}`);
}
