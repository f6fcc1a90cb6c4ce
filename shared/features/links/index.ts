import type { RecordView } from "../../core/recordView";
import type { Actor } from "../../model";
import type { SpecialLink } from "./records";

export { linkEditTargets, linkOpVersions } from "./edits";
export { LINKS_PER_BOARD, linkRules } from "./linkRules";
export type { LinkOp } from "./ops";
export { LINK_LABEL_LENGTH, type SpecialLink, type SpecialLinkKind } from "./records";
export { specialLinkVisibility, withoutKeyHash } from "./visibility";

/** The board's special links, oldest first (what a moderator's browser holds). */
export function specialLinksOf(view: RecordView): SpecialLink[] {
  return [...view.list<SpecialLink>("specialLink")].sort(
    (a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id),
  );
}

/**
 * LINK-5: whether a link holder's link still stands, read inside the op's transaction: a revoked
 * link (or one made anew under the same id) stops every op from the revision that revoked it.
 */
export function linkStillOpen(view: RecordView, actor: Actor): boolean {
  if (!actor.scope) return true;
  const link = actor.link && view.get<SpecialLink>("specialLink", actor.link.id);
  return link !== undefined && link.keyHash === actor.link?.keyHash;
}
