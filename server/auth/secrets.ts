import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A random secret of 256 bits, base64url: moderator keys and author tokens. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** Secrets are stored only as SHA-256 hashes: a leaked database file does not hand out moderator rights. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** A token given in a request against the configured one, in constant time whatever their lengths. */
export function tokenMatches(given: string | undefined, expected: string): boolean {
  return given !== undefined && secretMatchesHash(given, hashSecret(expected));
}

export function secretMatchesHash(secret: string, hash: string): boolean {
  const given = Buffer.from(hashSecret(secret), "hex");
  const stored = Buffer.from(hash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
