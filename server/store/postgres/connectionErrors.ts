/** Socket errors that mean the database server is not there (or no longer). */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENOENT", // a Unix socket path with no server behind it
]);

/**
 * SQLSTATEs of a server that cannot take the work now: class 08 (connection exception), shutting
 * down or starting up (57P01-57P03), too many connections (53300).
 */
const UNAVAILABLE_STATES = /^(08...|57P0[123]|53300)$/;

/** What node-postgres says when the pool or a connection gives up (it sets no code for these). */
const UNAVAILABLE_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|connection timeout|Query read timeout|not queryable|Client was closed/i;

/**
 * Whether an error from node-postgres means the database cannot be reached (SCALE-3): a passing
 * failure, answered `store_unavailable`, rather than a fault of the request or of the code.
 */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code } = error as { code?: unknown };
  if (typeof code === "string" && (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.test(code))) return true;
  if (UNAVAILABLE_MESSAGES.test(error.message)) return true;
  // AggregateError (a host name with several addresses, all refused) and errors with a cause.
  const inner = (error as { errors?: unknown[] }).errors ?? [];
  return inner.some(isUnavailable) || (error.cause !== undefined && isUnavailable(error.cause));
}
