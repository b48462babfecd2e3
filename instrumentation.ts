// Runs once when a server instance starts: validate the environment before serving.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/server/env");
    env();
    const { logMailSetup } = await import("./lib/mail/setup");
    logMailSetup();
  }
}
