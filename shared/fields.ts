import { z } from "zod";
import { ID_PATTERN } from "./ids";
import { LIMITS } from "./limits";
import { RANK_PATTERN } from "./ordering";

/** Field schemas every feature's ops use. */
export const EntityId = z.string().regex(ID_PATTERN, "must be 8–64 characters of A–Z, a–z, 0–9, _ or -");
export const Rank = z.string().min(1).max(LIMITS.rank).regex(RANK_PATTERN, "must be a fractional-index key");

export const HttpLink = z
  .string()
  .trim()
  .max(LIMITS.link)
  .pipe(z.url({ protocol: /^https?$/, message: "must be an http or https address" }));
