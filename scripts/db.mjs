// npm run db:migrate -- --name <name>   create a migration from schema changes (and apply it)
// npm run db:deploy                      apply committed migrations
// npm run db:seed                        load the question bank, reference data and demo account
import { migrateDeploy, resolveDatabase, seed } from "./lib/database.mjs";
import { prisma } from "./lib/run.mjs";

const [command, ...rest] = process.argv.slice(2);
let db;
try {
  db = await resolveDatabase();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
try {
  if (command === "migrate-dev") {
    await migrateDeploy(db.url);
    await prisma(["migrate", "dev", ...rest], { env: { DATABASE_URL: db.url } });
  } else if (command === "deploy") {
    await migrateDeploy(db.url);
    console.log("Migrations applied.");
  } else if (command === "seed") {
    await migrateDeploy(db.url);
    await seed(db.url);
  } else {
    console.error("usage: node scripts/db.mjs migrate-dev|deploy|seed");
    process.exitCode = 2;
  }
} finally {
  await db.stop();
}
