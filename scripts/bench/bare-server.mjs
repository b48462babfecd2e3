// The hot-path benchmark's ceiling (scripts/bench/hot.mjs): a bare `node:http` + `pg` server on
// the same database that answers GET /question/<id> with one primary-key read as JSON. Run as
// its own process (argv: port), DATABASE_URL in the environment; prints "listening" when ready.
import http from "node:http";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const port = Number(process.argv[2]);

const server = http.createServer(async (req, res) => {
  const m = /^\/question\/([^/?]+)$/.exec(req.url ?? "");
  if (!m) {
    res.writeHead(404).end();
    return;
  }
  try {
    const { rows } = await pool.query(`SELECT id, title, prompt, type, difficulty FROM "Question" WHERE id = $1`, [m[1]]);
    const body = JSON.stringify(rows[0] ? { question: rows[0] } : { error: { code: "not_found" } });
    res.writeHead(rows[0] ? 200 : 404, { "content-type": "application/json" }).end(body);
  } catch (e) {
    res.writeHead(500).end(String(e));
  }
});
server.listen(port, "127.0.0.1", () => console.log("listening"));
process.on("SIGTERM", () => server.close(() => pool.end().then(() => process.exit(0))));
