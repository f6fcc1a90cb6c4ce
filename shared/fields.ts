import { z } from "zod";
import { ID_PATTERN } from "./ids";
import { LIMITS } from "./limits";
import { RANK_PATTERN } from "./ordering";
import { addressText } from "./text";

/** Field schemas every feature's ops use. */
export const EntityId = z.string().regex(ID_PATTERN, "must be 8–64 characters of A–Z, a–z, 0–9, _ or -");
export const Rank = z.string().min(1).max(LIMITS.rank).regex(RANK_PATTERN, "must be a fractional-index key");

/** An http or https address; pasted ones lose line breaks and control characters (VAL-11). */
export const HttpLink = addressText()
  .max(LIMITS.link)
  .pipe(z.url({ protocol: /^https?$/, message: "must be an http or https address" }));

/**
 * VAL-8: an email address as people write them, umlauts included (jürgen@gemeinde-görlitz.de): a
 * local part of letters, digits and the usual signs (no leading, trailing or double dot, at most 64),
 * an @, and a domain of letter-or-digit labels with a top level of at least two letters. Mail servers
 * decide the rest; a registration or card is not refused for an address they would take.
 */
const EMAIL_PATTERN =
  /^(?![.])(?!.*[.]{2})[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]{1,64}(?<![.])@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?[.])+\p{L}{2,63}$/u;

export const EmailAddress = addressText().max(LIMITS.email).regex(EMAIL_PATTERN, "must be an email address");

/** SHA-256 of a secret as 64 lowercase hex digits: the browser hashes it, the server stores only this (feeds, edit links). */
export const SecretHash = z.string().regex(/^[0-9a-f]{64}$/, "must be a SHA-256 hash in lowercase hex");
