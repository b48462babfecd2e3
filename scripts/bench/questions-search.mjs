// GET /api/questions?q=… on the seeded bank: p50/p95 of server time (Server-Timing) and
// of the whole round trip. Target: p95 < 50 ms server time.
import { signedInFetch, serverMs, summarise, withBenchApp } from "./lib.mjs";

const QUERIES = [
  "distributed training",
  "k-means",
  "feature store",
  "attention mask",
  "negotiat",
  "fraud detection",
  "leakage",
  "kafka exactly once",
  "lora fine-tuning",
  "recommendation",
  "calibration",
  "stakeholder",
];

export async function run() {
  return withBenchApp("preploop_bench", async ({ baseUrl }) => {
    const get = await signedInFetch(baseUrl);
    for (let i = 0; i < 30; i++) await (await get(`/api/questions?q=${encodeURIComponent(QUERIES[i % QUERIES.length])}`)).json();
    const server = [];
    const total = [];
    const N = 300;
    for (let i = 0; i < N; i++) {
      const q = QUERIES[i % QUERIES.length];
      const t0 = performance.now();
      const res = await get(`/api/questions?q=${encodeURIComponent(q)}${i % 3 === 0 ? "&difficulty=hard" : ""}`);
      await res.json();
      total.push(performance.now() - t0);
      server.push(serverMs(res));
    }
    const lines = [
      "questions-search (GET /api/questions?q=…, seeded bank, one client, sequential)",
      `  ${summarise("server time", server)}`,
      `  ${summarise("round trip ", total)}`,
    ];
    console.log(lines.join("\n"));
  });
}
