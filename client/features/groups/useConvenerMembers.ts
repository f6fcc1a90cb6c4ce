import { useEffect, useState } from "react";
import type { GroupMembership } from "../../../shared/features/groups";
import { fetchMembers, type MemberWithContact } from "./memberFiles";

/**
 * AG-5: a convener's member list with contacts. Conveners receive no contacts in the live records, so
 * the list is fetched with their key, again whenever the group's memberships change; null while
 * none is held or loaded, "failed" when the server refused or could not be reached.
 */
export function useConvenerMembers(
  boardId: string,
  groupId: string,
  convenerKey: string | null,
  memberships: readonly GroupMembership[],
): readonly MemberWithContact[] | null | "failed" {
  const [members, setMembers] = useState<readonly MemberWithContact[] | null | "failed">(null);
  const version = memberships.map((membership) => membership.id).join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: version names the memberships to fetch again for
  useEffect(() => {
    if (!convenerKey) return;
    let current = true;
    void fetchMembers(boardId, groupId, { convenerKey }).then((answer) => {
      if (current) setMembers(answer ?? "failed");
    });
    return () => {
      current = false;
    };
  }, [boardId, groupId, convenerKey, version]);
  return convenerKey ? members : null;
}
