import type { BaseRecord } from "../../core/records";

/**
 * A working group (AG) of a board: a name, what it is about, who convenes it, the topic cards it
 * grew from and, when it was founded from a cluster, that cluster's id. Everyone on the board reads
 * it; `convenerKeyHash` (SHA-256 of the conveners' personal link's secret) never leaves the server.
 */
export interface WorkingGroup extends BaseRecord {
  type: "workingGroup";
  audience: "board";
  authorId: null;
  name: string;
  description: string;
  /** The conveners' names, as the moderator wrote them. */
  conveners: string[];
  topicCardIds: string[];
  clusterId: string | null;
  convenerKeyHash?: string;
  createdAt: number;
  updatedAt: number;
}

/** A contact address a member chose to share with the group's conveners and the moderators, and their consent. */
export interface MemberContact {
  value: string;
  consent: { text: string; at: number };
}

/**
 * One person's membership in one working group ("Ich mache mit"): one per author and group. Everyone
 * on the board reads who is in a group; `contact` reaches the member and the moderators only (AG-3);
 * conveners read it through their link's export (AG-5). Its id is minted by the browser, never made
 * of the author id (ANON-1).
 */
export interface GroupMembership extends BaseRecord {
  type: "groupMembership";
  audience: "board";
  authorId: string;
  groupId: string;
  name: string;
  /** The member's own business card on the wall, when they joined with it. */
  businessCardId: string | null;
  contact: MemberContact | null;
  createdAt: number;
}
