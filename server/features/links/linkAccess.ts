import type { LinkScope } from "../../../shared/core/linkScope";
import type { BaseRecord } from "../../../shared/core/records";
import { type Problem, problem } from "../../../shared/errors";
import type { SpecialLink } from "../../../shared/features/links";
import { LinkKey } from "../../../shared/joinSchema";
import { secretMatchesHash } from "../../auth/secrets";

/** What a valid special link's key gives its holder: the scope, and the link to check every op against. */
export interface LinkAccess {
  scope: LinkScope;
  link: { id: string; keyHash: string };
}

export const scopeOfLink = (link: SpecialLink): LinkScope =>
  link.kind === "submission" ? { kind: "submission" } : { kind: "group", columnId: link.columnId };

/** Finds one stored record of the board, unfiltered (never sent): the link a key names. */
export type FindRecord = (type: string, id: string) => Promise<BaseRecord | undefined>;

/**
 * LINK-3: a join's or a request's link key (`<linkId>.<secret>`) checked against the board: no key,
 * no link; a key that opens nothing here (no such link, revoked, a wrong secret: compared in constant
 * time against the stored hash) is refused, never ignored, so a holder never falls back to reading
 * the whole board.
 */
export async function checkedLinkKey(
  linkKey: string | undefined,
  find: FindRecord,
): Promise<{ ok: true; access?: LinkAccess } | { ok: false; problem: Problem }> {
  if (linkKey === undefined) return { ok: true };
  const refused = { ok: false as const, problem: problem("forbidden", "This link is not valid for this board.") };
  if (!LinkKey.safeParse(linkKey).success) return refused;
  const [linkId, secret] = linkKey.split(".");
  const link = (await find("specialLink", linkId)) as SpecialLink | undefined;
  if (!link?.keyHash || !secretMatchesHash(secret, link.keyHash)) return refused;
  return { ok: true, access: { scope: scopeOfLink(link), link: { id: link.id, keyHash: link.keyHash } } };
}
