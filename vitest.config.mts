import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Server modules import "server-only" to keep them out of client bundles; in tests it is inert.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        // 30 s, not vitest's 5 s: the property tests and the coverage engine's warm-up are CPU-bound
        // and ran past 5 s while the machine was busy (npm test must pass on a loaded machine).
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          // Files share one app server and database; some (the seed tests) change the bank
          // for a moment, so files run one after another.
          fileParallelism: false,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
