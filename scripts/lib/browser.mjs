// Finds a Chromium for Playwright (it cannot download its own browsers here), installing
// Debian's package when possible; otherwise says exactly what to install.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

const found = () => [process.env.PREPLOOP_CHROMIUM, ...CANDIDATES].find((p) => p && fs.existsSync(p));

export function ensureChromium() {
  let path = found();
  if (path) return path;
  const isRoot = process.getuid?.() === 0;
  const hasApt = fs.existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt) {
    console.log("[test] Chromium not found: installing Debian's chromium package (apt-get)…");
    execFileSync("apt-get", ["update"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    path = found();
    if (path) return path;
  }
  throw new Error(
    "The end-to-end tests need Chromium and none was found.\n" +
      "  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium\n" +
      "  Or point PREPLOOP_CHROMIUM at a Chromium or Chrome binary.",
  );
}

/**
 * espeak-ng: the spoken-answer e2e test (tests/e2e/speech.spec.ts) generates its audio with it.
 * Installed from Debian's package when possible (as Chromium above); otherwise says what to install.
 */
export function ensureEspeak() {
  const path = ["/usr/bin/espeak-ng", "/usr/local/bin/espeak-ng"].find((p) => fs.existsSync(p));
  if (path) return path;
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    console.log("[test] espeak-ng not found: installing Debian's espeak-ng package (apt-get)…");
    execFileSync("apt-get", ["update"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "espeak-ng"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (fs.existsSync("/usr/bin/espeak-ng")) return "/usr/bin/espeak-ng";
  }
  throw new Error(
    "The end-to-end tests need espeak-ng (spoken answers) and none was found.\n" +
      "  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y espeak-ng",
  );
}
