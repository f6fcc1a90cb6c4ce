import { createHash, randomBytes } from "node:crypto";
import { newId } from "../../shared/ids";
import type { OpOf } from "../../shared/ops";

/** The keys a page joins or calls REST with besides its author token: the moderators', a special link's. */
export interface Keys {
  moderatorKey?: string;
  linkKey?: string;
}

/** The REST headers that carry these keys. */
export const keyHeaders = (keys: Keys): Record<string, string> => ({
  ...(keys.moderatorKey ? { "X-Moderator-Key": keys.moderatorKey } : {}),
  ...(keys.linkKey ? { "X-Link-Key": keys.linkKey } : {}),
});

/** A secret as a moderator's browser makes one, and the SHA-256 of it that its op carries. */
export function secretAndHash(): { secret: string; keyHash: string } {
  const secret = randomBytes(32).toString("base64url");
  return { secret, keyHash: createHash("sha256").update(secret).digest("hex") };
}

/** A special link as the moderators' dialog makes it (LINK-1): its op, and the key its holders open the board with. */
export function newSpecialLink(kind: "submission" | "group", columnId: string | null, label = `Link ${kind}`) {
  const linkId = newId();
  const { secret, keyHash } = secretAndHash();
  const op: OpOf<"link.create"> = { type: "link.create", linkId, label, kind, columnId, keyHash };
  return { op, linkKey: `${linkId}.${secret}`, keyHash };
}
