import { describe, expect, it } from "vitest";
import { authBodyProblem, authRouteProblem } from "@/lib/accounts/auth-request";

const providers = new Set(["credentials"]);
const problem = (method: string, path: string) => {
  const e = authRouteProblem(method, path.split("/").filter(Boolean), providers);
  return e && { status: e.status, code: e.code, allow: e.headers?.Allow };
};

describe("next-auth routes", () => {
  it("pass next-auth's own endpoints", () => {
    for (const [m, p] of [
      ["GET", "csrf"],
      ["GET", "session"],
      ["GET", "providers"],
      ["GET", "signin"],
      ["GET", "signout"],
      ["GET", "error"],
      ["POST", "callback/credentials"],
      ["POST", "signout"],
      ["POST", "session"],
      ["POST", "_log"],
      ["GET", "signin/credentials"],
    ] as const) {
      expect(problem(m, p), `${m} ${p}`).toBeNull();
    }
  });

  it("answer 404 for unknown actions, extra segments and providers that are not configured", () => {
    expect(problem("GET", "")).toMatchObject({ status: 404 });
    expect(problem("GET", "nope")).toMatchObject({ status: 404, code: "not_found" });
    expect(problem("POST", "callback/credentials/x")).toMatchObject({ status: 404 });
    expect(problem("GET", "callback/github")).toMatchObject({ status: 404, code: "unknown_provider" });
    expect(problem("GET", "signin/x")).toMatchObject({ status: 404, code: "unknown_provider" });
    expect(problem("GET", "session/x")).toMatchObject({ status: 404 });
    expect(problem("GET", "callback")).toMatchObject({ status: 404 });
  });

  it("answer 405 with Allow for the wrong method", () => {
    expect(problem("GET", "callback/credentials")).toEqual({
      status: 405,
      code: "method_not_allowed",
      allow: "POST",
    });
    expect(problem("POST", "csrf")).toEqual({ status: 405, code: "method_not_allowed", allow: "GET" });
    expect(problem("PUT", "session")).toEqual({
      status: 405,
      code: "method_not_allowed",
      allow: "GET, POST",
    });
  });
});

describe("next-auth bodies", () => {
  const json = "application/json";
  it("accept forms and JSON objects of strings", () => {
    expect(authBodyProblem("application/x-www-form-urlencoded", "email=a&email=b")).toBeNull();
    expect(
      authBodyProblem(json, '{"email":"a@b.co","password":"x","csrfToken":"t","json":"true"}'),
    ).toBeNull();
  });

  it("let a session update carry any JSON as `data`, and nothing else", () => {
    expect(authBodyProblem(json, '{"csrfToken":"t","data":{"name":"x"}}', "session")).toBeNull();
    expect(authBodyProblem(json, '{"csrfToken":"t","data":{"name":"x"}}', "callback")).toMatchObject({
      status: 400,
    });
    expect(authBodyProblem(json, '{"csrfToken":1,"data":{}}', "session")).toMatchObject({ status: 400 });
  });

  it("refuse malformed JSON, non-objects and non-string values with 400", () => {
    expect(authBodyProblem(json, "{")).toMatchObject({ status: 400, code: "invalid_json" });
    expect(authBodyProblem("application/json; charset=utf-8", "")).toMatchObject({
      status: 400,
      code: "invalid_json",
    });
    expect(authBodyProblem(json, "null")).toMatchObject({ status: 400, code: "invalid_input" });
    expect(authBodyProblem(json, "[1]")).toMatchObject({ status: 400, code: "invalid_input" });
    expect(authBodyProblem(json, '{"email":["a","b"]}')).toMatchObject({
      status: 400,
      fields: { email: "Must be a string." },
    });
    expect(authBodyProblem(json, '{"callbackUrl":123}')).toMatchObject({
      status: 400,
      fields: { callbackUrl: "Must be a string." },
    });
  });
});
