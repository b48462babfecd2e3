/** A failure that maps to an HTTP status and the API's one error shape. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what = "Not found") => new HttpError(404, "not_found", what);
export const conflict = (message: string, code = "conflict") => new HttpError(409, code, message);
export const badRequest = (message: string, fields?: Record<string, string>) =>
  new HttpError(400, "invalid_input", message, fields);
