/**
 * The database cannot be reached (refused, timed out, connection lost): a passing failure (SCALE-3).
 * The HTTP layer answers it 503 `store_unavailable`, a join answers it the same, and clients ask again.
 */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super("The database cannot be reached.", { cause });
    this.name = "StoreUnavailableError";
  }
}
