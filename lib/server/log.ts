import "server-only";

type Level = "info" | "warn" | "error";

/**
 * Structured one-line JSON logs. Callers pass ids and codes only: never passwords,
 * answers, salaries or tokens.
 */
export function log(level: Level, event: string, data: Record<string, unknown> = {}) {
  const line = JSON.stringify({ t: new Date().toISOString(), level, event, ...data });
  if (level === "error") console.error(line);
  else console.log(line);
}
