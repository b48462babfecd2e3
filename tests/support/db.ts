// Direct database access for integration tests (assert what was or was not written).
import pg from "pg";

let pool: pg.Pool | undefined;

export function testDb() {
  pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  return pool;
}

export async function countRows(table: string, where: string, params: unknown[]) {
  const { rows } = await testDb().query<{ n: string }>(`SELECT count(*)::text AS n FROM "${table}" WHERE ${where}`, params);
  return Number(rows[0]!.n);
}

export async function closeTestDb() {
  await pool?.end();
  pool = undefined;
}
