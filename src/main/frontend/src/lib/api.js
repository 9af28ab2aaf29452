// The one way the site talks to the server. A 503 with Retry-After is a wait with a countdown,
// never an error; a lost connection is retried with growing pauses; every other refusal becomes
// an ApiError carrying the problem's stable type, which the page explains in words.
import { language } from "./i18n.js";
import { countDown, clearNotice } from "./notice.js";

const TYPE_PREFIX = "urn:vaxline:problem:";
/** How many busy answers are waited out before the refusal is shown (each waits its Retry-After). */
const MAX_BUSY_WAITS = 30;
/** Pauses after a lost connection: about two minutes in all before the page says so. */
const OFFLINE_PAUSES = [2, 3, 5, 8, 10, 15, 15, 15, 15, 15, 15];

/** How far the server's clock is ahead of this device's, from the last answer's Date header. */
let skew = 0;

/** Now by the server's clock: countdowns to a server's instant must not trust the device's. */
export function serverNow() {
  return Date.now() + skew;
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.title || "HTTP " + status);
    this.status = status;
    this.problem = problem;
    this.type = typeof problem.type === "string" && problem.type.startsWith(TYPE_PREFIX)
      ? problem.type.slice(TYPE_PREFIX.length)
      : status === 0 ? "network" : "unknown";
  }
}

/**
 * Sends a request and answers its JSON (null for 204). Options: body (sent as JSON), admission
 * (the Vaxline-Admission token), headers, and retry: false for a request that must not be sent
 * twice on its own.
 */
export async function call(method, path, options = {}) {
  const headers = { Accept: "application/json", "Accept-Language": language(), ...options.headers };
  if (options.body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  if (options.admission) {
    headers["Vaxline-Admission"] = options.admission;
  }
  const init = {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    credentials: "same-origin",
    cache: "no-store",
  };
  const retry = options.retry !== false;
  let busyWaits = 0;
  let offline = 0;
  for (;;) {
    let response;
    try {
      response = await fetch(path, init);
    } catch {
      if (!retry || offline >= OFFLINE_PAUSES.length) {
        clearNotice();
        throw new ApiError(0, {});
      }
      await countDown("wait.offline", OFFLINE_PAUSES[offline++]);
      continue;
    }
    offline = 0;
    const date = Date.parse(response.headers.get("Date") || "");
    if (Number.isFinite(date)) {
      skew = date - Date.now();
    }
    const wait = retryAfter(response);
    if (response.status === 503 && wait !== null && busyWaits < MAX_BUSY_WAITS) {
      busyWaits++;
      await countDown("wait.busy", wait);
      continue;
    }
    clearNotice();
    return answer(response);
  }
}

export const get = (path, options) => call("GET", path, options);
export const post = (path, body, options = {}) => call("POST", path, { ...options, body });

function retryAfter(response) {
  const value = response.headers.get("Retry-After");
  if (value === null) {
    return null;
  }
  const seconds = Number(value);
  return Number.isFinite(seconds) ? Math.min(Math.max(seconds, 1), 120) : 5;
}

async function answer(response) {
  const type = response.headers.get("Content-Type") || "";
  const body = response.status === 204 ? null : type.includes("json") ? await response.json() : null;
  if (!response.ok) {
    throw new ApiError(response.status, body || {});
  }
  return body;
}
