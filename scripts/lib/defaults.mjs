// Defaults shared by the start-up, test and CLI scripts.
export const EMBEDDED_PORT = Number(process.env.PREPLOOP_DB_PORT ?? 5433);
export const EMBEDDED_USER = "postgres";
export const EMBEDDED_PASSWORD = "preploop-local";
export const EMBEDDED_DATABASE = "preploop";
export const TEST_DATABASE = "preploop_test";

export function embeddedUrl(database = EMBEDDED_DATABASE, port = EMBEDDED_PORT) {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${port}/${database}`;
}

export const EMBEDDED_DATABASE_URL = embeddedUrl();
