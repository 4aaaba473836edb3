// Request bodies are bounded before they are read. Browsers always say how long a form post or an
// upload is (Content-Length); a body that says it is too long is refused at once with 413, and one
// that does not say (chunked transfer) with 411, so nothing unbounded is ever buffered.

export const FORM_BODY_LIMIT = 1024 * 1024; // server actions: next.config.js serverActions.bodySizeLimit
export const AUTH_BODY_LIMIT = 16 * 1024; // the Auth.js routes: a username, a password and tokens

export const BODY_TOO_LARGE = '提交的内容过大，无法处理。请删减后重试；导入台账请使用“台账导入”页面上传文件。';
const LENGTH_REQUIRED = '请求缺少内容长度（Content-Length），无法处理。';

type Limited = { method: string; headers: Headers };
export type BodyCheck = { ok: true } | { ok: false; status: 411 | 413; size: number };

export function checkBodyLength(request: Limited, max: number): BodyCheck {
  if (request.method === 'GET' || request.method === 'HEAD') return { ok: true };
  const declared = request.headers.get('content-length');
  if (declared === null) {
    return request.headers.has('transfer-encoding') ? { ok: false, status: 411, size: 0 } : { ok: true };
  }
  const size = Number(declared);
  if (!Number.isSafeInteger(size) || size < 0) return { ok: false, status: 411, size: 0 };
  return size > max ? { ok: false, status: 413, size } : { ok: true };
}

/** null when the body may be read; else the response that refuses it (JSON `body(size)`). */
export function bodyLimitResponse(request: Limited, max: number, body: (size: number) => object = () => ({ error: BODY_TOO_LARGE })): Response | null {
  const check = checkBodyLength(request, max);
  if (check.ok) return null;
  const payload = check.status === 411 ? { ...body(0), message: LENGTH_REQUIRED, error: LENGTH_REQUIRED } : body(check.size);
  // The connection stays open: Node discards the rest of the body without buffering it, and the
  // client, still sending, reads the refusal instead of a broken pipe (EPIPE) and no message.
  return Response.json(payload, { status: check.status });
}
