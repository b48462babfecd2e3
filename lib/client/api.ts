// Client-side fetch helper for the JSON API: one error shape, typed results.
export type ApiError = {
  status: number;
  code: string;
  message: string;
  fields: Record<string, string>;
  retryAfter?: number;
};

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export async function api<T>(
  path: string,
  init: {
    method?: string;
    body?: unknown;
    /** Let the request finish even if the page is left or reloaded meanwhile (small bodies only). */
    keepalive?: boolean;
  } = {},
): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: init.body === undefined ? undefined : { "Content-Type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: "same-origin",
      keepalive: init.keepalive,
    });
  } catch {
    return {
      ok: false,
      error: {
        status: 0,
        code: "network",
        message: "Could not reach PrepLoop. Check your connection and try again.",
        fields: {},
      },
    };
  }
  const json = (await res.json().catch(() => null)) as
    | (T & { error?: { code: string; message: string; fields?: Record<string, string> } })
    | null;
  if (res.ok) return { ok: true, data: json as T };
  const retry = res.headers.get("retry-after");
  return {
    ok: false,
    error: {
      status: res.status,
      code: json?.error?.code ?? "error",
      message: json?.error?.message ?? `Request failed (${res.status}).`,
      fields: json?.error?.fields ?? {},
      retryAfter: retry ? Number(retry) : undefined,
    },
  };
}
