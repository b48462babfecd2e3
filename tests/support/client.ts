// An HTTP client for integration tests: talks to the running app like a browser would
// (cookie jar, same-origin headers) and signs in through next-auth's real endpoints.
import { randomInt, randomUUID } from "node:crypto";
import http from "node:http";
import { assertContract } from "./contract";

export const BASE_URL = process.env.PREPLOOP_BASE_URL ?? "http://localhost:3000";

export function uniqueEmail(tag = "user") {
  return `${tag}-${randomUUID().slice(0, 8)}@test.preploop.dev`;
}

export const PASSWORD = "correct horse battery staple";

/** A fresh loopback address (127.x.y.z; all of 127/8 reaches the app on Linux): another client address. */
export function loopbackAddress() {
  return `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

/** fetch over node:http from a chosen local address (fetch cannot bind one without undici's Agent). */
function fetchFrom(localAddress: string, url: string, init: RequestInit): Promise<Response> {
  const target = new URL(url);
  const headers = new Headers(init.headers);
  headers.set("host", target.host);
  const body = init.body === undefined || init.body === null ? null : Buffer.from(String(init.body));
  if (body) headers.set("content-length", String(body.length));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1", // "localhost" may resolve to ::1, which a 127.x source cannot reach
        port: target.port,
        path: target.pathname + target.search,
        method: init.method ?? "GET",
        headers: Object.fromEntries(headers),
        localAddress,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const out = new Headers();
          for (const [k, v] of Object.entries(res.headers)) {
            for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) out.append(k, one);
          }
          const status = res.statusCode ?? 500;
          const content = status === 204 || status === 304 ? null : Buffer.concat(chunks);
          resolve(new Response(content, { status, headers: out }));
        });
      },
    );
    req.on("error", reject);
    req.end(body ?? undefined);
  });
}

export class Client {
  private cookies = new Map<string, string>();
  /** Sent as User-Agent when set (the session list names the device from it). */
  userAgent: string | undefined;

  /** `from`: a local address to send from (see loopbackAddress), e.g. to act as another client address. */
  constructor(
    readonly baseUrl = BASE_URL,
    readonly from?: string,
  ) {}

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** Copies this client's session to another client (e.g. for another app instance). */
  withBase(baseUrl: string) {
    const other = new Client(baseUrl, this.from);
    other.cookies = new Map(this.cookies);
    return other;
  }

  private store(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      const name = pair!.slice(0, i);
      const value = pair!.slice(i + 1);
      if (/max-age=0/i.test(c) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async raw(path: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader());
    if (this.userAgent && !headers.has("user-agent")) headers.set("user-agent", this.userAgent);
    if (!headers.has("origin") && init.method && init.method !== "GET") headers.set("origin", this.baseUrl);
    const res = this.from
      ? await fetchFrom(this.from, this.baseUrl + path, { ...init, headers })
      : await fetch(this.baseUrl + path, { ...init, headers, redirect: "manual" });
    this.store(res);
    return res;
  }

  async json<T = Record<string, unknown>>(method: string, path: string, body?: unknown) {
    const res = await this.raw(path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let data: T;
    try {
      data = JSON.parse(text) as T;
    } catch {
      data = { text } as T;
    }
    // Every JSON answer is checked against the OpenAPI document (tests/support/contract.ts):
    // its status, content type and body must be the documented ones.
    if (process.env.PREPLOOP_CONTRACT_CHECK !== "0") {
      const type = res.headers.get("content-type");
      await assertContract(this.baseUrl, method, path, res.status, type, type?.startsWith("application/json") ? data : text);
    }
    return { status: res.status, headers: res.headers, body: data };
  }

  get<T = Record<string, unknown>>(path: string) {
    return this.json<T>("GET", path);
  }

  async signIn(email: string, password: string) {
    const csrf = await this.raw("/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const res = await this.raw("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
    });
    const body = (await res.json().catch(() => ({}))) as { url?: string; error?: { message: string } };
    const ok = res.ok && !!body.url && !new URL(body.url, this.baseUrl).searchParams.get("error");
    return { ok, status: res.status, retryAfter: res.headers.get("retry-after"), body };
  }

  /** next-auth's own sign-out (what the "Sign out" button calls). */
  async signOut() {
    const csrf = await this.raw("/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    return this.raw("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, json: "true" }),
    });
  }

  async signUp(email = uniqueEmail(), password = PASSWORD, displayName = "Test User") {
    const res = await this.json<{ user: { id: string } }>("POST", "/api/accounts", { email, password, displayName });
    if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
    const signIn = await this.signIn(email, password);
    if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status}`);
    return { id: res.body.user.id, email, password };
  }
}

/** A new signed-in user with its own client. */
export async function newUser(tag = "user") {
  const client = new Client();
  const user = await client.signUp(uniqueEmail(tag));
  return { client, ...user };
}

/** The body of a 400 for input that fails validation: the one top message and a message per field. */
export function invalidInput(fields: Record<string, string>) {
  return { error: { code: "invalid_input", message: "Please correct the highlighted fields.", fields } };
}
