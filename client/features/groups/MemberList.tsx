import { isAuthorOf } from "../../../shared/core/authorTags";
import type { GroupMembership } from "../../../shared/features/groups";
import type { MemberWithContact } from "./memberFiles";
import type { GroupsTranslate } from "./useGroupsT";

/**
 * A group's members: names for everyone; a contact where the viewer receives it (their own, every one
 * for moderators, AG-3), or from the conveners' list fetched with their key (AG-5).
 */
export function MemberList({
  t,
  headingId,
  memberships,
  authorId,
  withContacts,
}: {
  t: GroupsTranslate;
  headingId: string;
  memberships: readonly GroupMembership[];
  authorId: string | null;
  withContacts: readonly MemberWithContact[] | null;
}) {
  if (memberships.length === 0) return null;
  const contactOf = (membership: GroupMembership) =>
    membership.contact?.value ?? withContacts?.find((member) => member.membershipId === membership.id)?.contact ?? null;
  return (
    <ul className="group-members" aria-labelledby={headingId} data-testid="group-members">
      {memberships.map((membership) => {
        const contact = contactOf(membership);
        return (
          <li key={membership.id} data-testid="group-member">
            <span>{membership.name}</span>
            {isAuthorOf(membership, authorId) && <span className="group-muted"> {t("groups.you")}</span>}
            {contact && (
              <span className="group-contact" data-testid="group-member-contact">
                {t("groups.contact", { contact })}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
