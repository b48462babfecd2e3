/**
 * The driver adapter used ONLY by the Prisma CLI (prisma.config.ts) to run the
 * WebAssembly schema engine offline. It works around two bugs of
 * @prisma/adapter-pg 6.19.3 (see docs/decisions/0002-prisma-js-schema-engine.md):
 *
 * 1. Catalog columns of type `name` (OID 19) and `"char"` (OID 18) are rejected as
 *    unsupported. We report `name` as text and `"char"` as a character column.
 * 2. The shadow database of `migrate dev` is opened with the original connection
 *    string (so it is the main database) and is dropped while its pool is still open.
 * 3. `executeScript` splits a migration on every ";", which breaks function bodies
 *    (PL/pgSQL triggers). We send the script whole: PostgreSQL's simple query protocol
 *    runs several statements in one call.
 *
 * The app's runtime client uses the stock adapter (lib/server/db.ts).
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import pg from "pg";

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

type Field = { name: string; dataTypeID: number };
type IOResult = { fields: Field[]; rows: unknown[] };
type Queryable = {
  performIO(query: unknown): Promise<IOResult>;
  queryRaw(query: unknown): Promise<{ columnTypes: number[] }>;
};

type ScriptRunner = {
  executeScript(script: string): Promise<void>;
  underlyingDriver(): { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
};

/** Runs a migration script as one multi-statement query instead of splitting on ";". */
function patchExecuteScript(adapter: object) {
  const a = adapter as ScriptRunner;
  a.executeScript = async (script: string) => {
    try {
      await a.underlyingDriver().query(script);
    } catch (error) {
      a.onError(error);
    }
  };
}

let patched = false;

/** Patches the adapter's shared queryable prototype once, on the first connection. */
function patchQueryable(adapter: object) {
  if (patched) return;
  let proto: object | null = Object.getPrototypeOf(adapter);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "queryRaw")) {
    proto = Object.getPrototypeOf(proto);
  }
  if (!proto) throw new Error("cli-adapter: PgQueryable.queryRaw not found");
  const target = proto as Queryable;
  const originalQueryRaw = target.queryRaw;
  const originalPerformIO = target.performIO;
  target.queryRaw = async function (this: Queryable, query: unknown) {
    let charColumns: number[] = [];
    // The original queryRaw calls this.performIO synchronously (before its first await),
    // so this per-call override is the one it sees even under concurrency.
    Object.defineProperty(this, "performIO", {
      configurable: true,
      value: async (q: unknown) => {
        const res = await originalPerformIO.call(this, q);
        charColumns = [];
        res.fields = res.fields.map((f, i) => {
          if (f.dataTypeID === CHAR_OID) charColumns.push(i);
          return f.dataTypeID === CHAR_OID || f.dataTypeID === NAME_OID
            ? { ...f, dataTypeID: TEXT_OID }
            : f;
        });
        return res;
      },
    });
    try {
      const result = await originalQueryRaw.call(this, query);
      for (const i of charColumns) result.columnTypes[i] = ColumnTypeEnum.Character;
      return result;
    } finally {
      delete (this as { performIO?: unknown }).performIO;
    }
  };
  patched = true;
}

class CliPgAdapterFactory extends PrismaPg {
  constructor(private readonly connectionString: string) {
    super({ connectionString, allowExitOnIdle: true });
  }

  override async connect() {
    const adapter = await super.connect();
    patchQueryable(adapter);
    patchExecuteScript(adapter);
    return adapter;
  }

  override async connectToShadowDb() {
    const admin = new pg.Client({ connectionString: this.connectionString });
    await admin.connect();
    const database = `prisma_shadow_${crypto.randomUUID().replace(/-/g, "")}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    const url = new URL(this.connectionString);
    url.pathname = `/${database}`;
    const shadowUrl = url.toString();
    const adapter = await new PrismaPg({ connectionString: shadowUrl, allowExitOnIdle: true }).connect();
    patchQueryable(adapter);
    patchExecuteScript(adapter);
    const originalDispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await originalDispose(); // close the shadow pool first
      const dropper = new pg.Client({ connectionString: this.connectionString });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await dropper.end();
    };
    return adapter;
  }
}

export function cliAdapter(connectionString: string) {
  return new CliPgAdapterFactory(connectionString);
}
