import type { BaseRecord } from "./core/records";

/** Every error the server answers with carries one of these codes. */
export const ERROR_CODES = [
  "invalid_input",
  "payload_too_large",
  "unknown_board",
  "not_joined",
  "forbidden",
  "not_found",
  "conflict",
  "already_exists",
  "op_id_reused",
  "limit_reached",
  "rate_limited",
  "unknown_event",
  "outdated_client",
  "outdated_server",
  "internal",
  // The database cannot be reached (SCALE-3): a passing failure, the op is sent again.
  "store_unavailable",
  // Told to the browsers on a board when it is deleted (OPS-5); afterwards it is an unknown_board.
  "board_deleted",
  // A participant's write to a locked board or column (MOD-4).
  "locked",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface Problem {
  code: ErrorCode;
  message: string;
  /** For invalid_input: where the input was wrong. */
  issues?: { path: string; message: string }[];
  /** For conflict: the server's current copy, so the client can show it next to the user's draft. */
  current?: BaseRecord;
}

/** A conflict's current copy carries its author as a tag, whoever it reaches (ANON-1). */
export function problem(code: ErrorCode, message: string, extra: Omit<Problem, "code" | "message"> = {}): Problem {
  return { code, message, ...extra };
}

/** HTTP status that goes with each code in the REST API. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  payload_too_large: 413,
  unknown_board: 404,
  not_joined: 409,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  already_exists: 409,
  op_id_reused: 422,
  limit_reached: 422,
  rate_limited: 429,
  unknown_event: 400,
  outdated_client: 426,
  outdated_server: 503,
  internal: 500,
  store_unavailable: 503,
  board_deleted: 410,
  locked: 423,
};
