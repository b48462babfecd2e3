// Forgot password end to end: a real SMTP server started here receives the mail from a second
// app instance configured with SMTP_URL; the link is followed, the new password works, the
// token is single-use and expires. A third instance without SMTP writes the link to its log.
import { createHash, randomBytes } from "node:crypto";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startAppServer } from "../../scripts/lib/app-server.mjs";
import { closeTestDb, testDb } from "../support/db";
import { BASE_URL, Client, PASSWORD, loopbackAddress, newUser, uniqueEmail } from "../support/client";

type Server = { baseUrl: string; output: () => string; stop: (signal?: string) => Promise<void> };
type Received = { mail: ParsedMail; authUser: string | undefined };

const MAIL_FROM = "PrepLoop Test <no-reply@test.preploop.dev>";
const NEW_PASSWORD = "a fresh reset passphrase 7";
const received: Received[] = [];
let smtp: SMTPServer;
let mailing: Server;
let unmailed: Server;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    onAuth(auth, _session, cb) {
      if (auth.username === "mailer" && auth.password === "s3cret") cb(null, { user: auth.username });
      else cb(new Error("bad credentials"));
    },
    onData(stream, session, cb) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ mail, authUser: session.user as string | undefined });
          cb();
        },
        (e: Error) => cb(e),
      );
    },
  });
  const smtpPort = await freePort();
  await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));
  const [p1, p2] = [await freePort(), await freePort()];
  [mailing, unmailed] = (await Promise.all([
    startAppServer({ port: p1, env: { SMTP_URL: `smtp://mailer:s3cret@127.0.0.1:${smtpPort}`, MAIL_FROM } }),
    startAppServer({ port: p2, env: { SMTP_URL: "", MAIL_FROM: "" } }),
  ])) as [Server, Server];
});

afterAll(async () => {
  await Promise.all([mailing?.stop(), unmailed?.stop()]);
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  await closeTestDb();
});

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const mailTo = (email: string) => () => received.find((r) => r.mail.to && JSON.stringify(r.mail.to).includes(email));
const linkIn = (text: string) => /(http:\/\/\S+\/reset-password\?token=([A-Za-z0-9_-]{43}))/.exec(text);

describe("forgot password, with SMTP", () => {
  it("mails a single-use link; following it sets a new password and ends every session", async () => {
    const { client, email, id } = await newUser("reset");
    const onMailing = client.withBase(mailing.baseUrl);
    expect((await onMailing.get("/api/profile")).status).toBe(200);
    const stranger = uniqueEmail("nobody");

    // Each request from its own loopback address: the per-address limit (20 an hour) is shared by
    // every test file that runs on 127.0.0.1; this file tests the per-email limit.
    const anon = new Client(mailing.baseUrl, loopbackAddress());
    const unknown = await anon.json("POST", "/api/password-reset", { email: stranger });
    const known = await anon.json("POST", "/api/password-reset", { email: email.toUpperCase() });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.body).toEqual(unknown.body); // the same answer whether or not the email exists
    expect(known.body).toMatchObject({ message: expect.stringContaining("If an account uses that email") });

    const { mail, authUser } = await until("the reset mail", mailTo(email));
    expect(authUser).toBe("mailer"); // SMTP_URL's credentials were used
    expect(mail.from?.text).toBe('"PrepLoop Test" <no-reply@test.preploop.dev>');
    expect(mail.subject).toBe("Reset your PrepLoop password");
    const match = linkIn(mail.text ?? "");
    expect(match, mail.text).not.toBeNull();
    const [, link, token] = match!;
    expect(link!.startsWith(`${mailing.baseUrl}/reset-password?token=`)).toBe(true); // NEXTAUTH_URL, not the Host header
    expect(received.some((r) => JSON.stringify(r.mail.to).includes(stranger))).toBe(false);

    // Only the SHA-256 is stored, valid for 30 minutes.
    const { rows } = await testDb().query(
      `SELECT "tokenHash", extract(epoch from "expiresAt" - "createdAt")::int AS ttl FROM "PasswordResetToken" WHERE "userId" = $1`,
      [id],
    );
    expect(rows).toEqual([{ tokenHash: createHash("sha256").update(token!).digest("hex"), ttl: 1800 }]);

    const page = await fetch(link!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Choose a new password");

    const reset = await anon.json("POST", "/api/password-reset/confirm", { token, password: NEW_PASSWORD });
    expect(reset.status).toBe(200);
    expect((await client.get("/api/profile")).status).toBe(401); // every session ended, on both instances
    expect((await onMailing.get("/api/profile")).status).toBe(401);
    expect((await new Client().signIn(email, PASSWORD)).ok).toBe(false);
    const fresh = new Client();
    expect((await fresh.signIn(email, NEW_PASSWORD)).ok).toBe(true);
    expect((await fresh.get("/api/profile")).status).toBe(200);

    const again = await anon.json("POST", "/api/password-reset/confirm", { token, password: "yet another passphrase" });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ error: { code: "invalid_token" } });
    expect((await new Client().signIn(email, NEW_PASSWORD)).ok).toBe(true);

    const verified = await testDb().query(`SELECT "emailVerifiedAt" FROM "User" WHERE id = $1`, [id]);
    expect(verified.rows[0].emailVerifiedAt).not.toBeNull(); // the link proved the mailbox
  });

  it("refuses an expired link, an unknown one and a malformed one", async () => {
    const { email, id } = await newUser("reset-expired");
    const token = randomBytes(32).toString("base64url");
    await testDb().query(
      `INSERT INTO "PasswordResetToken" (id, "userId", "tokenHash", "expiresAt", "createdAt")
       VALUES ($1, $2, $3, now() - interval '1 second', now() - interval '31 minutes')`,
      [`expired-${id}`, id, createHash("sha256").update(token).digest("hex")],
    );
    const anon = new Client();
    const expired = await anon.json("POST", "/api/password-reset/confirm", { token, password: NEW_PASSWORD });
    expect(expired.status).toBe(400);
    expect(expired.body).toMatchObject({ error: { code: "invalid_token" } });
    const unknown = await anon.json("POST", "/api/password-reset/confirm", {
      token: randomBytes(32).toString("base64url"),
      password: NEW_PASSWORD,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: { code: "invalid_token" } });
    const malformed = await anon.json("POST", "/api/password-reset/confirm", { token: "abc", password: NEW_PASSWORD });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ error: { code: "invalid_input", fields: { token: expect.any(String) } } });
    expect((await new Client().signIn(email, PASSWORD)).ok).toBe(true); // the password did not change
  });

  it("throttles requests per email (3 an hour), known or not, with the same 429", async () => {
    const { email } = await newUser("reset-throttle");
    const stranger = uniqueEmail("nobody-throttle");
    for (const target of [email, stranger]) {
      for (let i = 0; i < 3; i++) {
        expect((await new Client(BASE_URL, loopbackAddress()).json("POST", "/api/password-reset", { email: target })).status).toBe(202);
      }
    }
    const a = await new Client(BASE_URL, loopbackAddress()).json("POST", "/api/password-reset", { email });
    const b = await new Client(BASE_URL, loopbackAddress()).json("POST", "/api/password-reset", { email: stranger });
    expect(a.status).toBe(429);
    expect(b.status).toBe(429);
    expect(a.body).toEqual(b.body);
    expect(Number(a.headers.get("retry-after"))).toBeGreaterThan(3000);
  });
});

describe("forgot password, without SMTP", () => {
  it("says so once at start-up and writes the link to the server log, clearly marked", async () => {
    const notices = unmailed.output().match(/"event":"smtp_not_configured"/g) ?? [];
    expect(notices).toHaveLength(1);
    expect(mailing.output()).not.toContain("smtp_not_configured");

    const { email } = await newUser("reset-log");
    const res = await new Client(unmailed.baseUrl, loopbackAddress()).json("POST", "/api/password-reset", { email });
    expect(res.status).toBe(202);
    const line = await until("the logged link", () =>
      unmailed
        .output()
        .split("\n")
        .find((l) => l.includes("password_reset_link_not_mailed") && l.includes(email)),
    );
    expect(line).toContain("NO SMTP CONFIGURED");
    const token = linkIn(JSON.parse(line).link)![2];
    const reset = await new Client().json("POST", "/api/password-reset/confirm", { token, password: NEW_PASSWORD });
    expect(reset.status).toBe(200);
    expect((await new Client().signIn(email, NEW_PASSWORD)).ok).toBe(true);
  });
});
