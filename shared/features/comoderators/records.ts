import type { BaseRecord } from "../../core/records";

/**
 * A co-moderator link of a board (COMOD-2): its own key, made by the board's moderator for one person
 * and revocable alone. Moderators read its label and when it was made; `keyHash` (SHA-256 of the
 * link's secret, minted in the moderator's browser) never leaves the server.
 */
export interface ModeratorInvite extends BaseRecord {
  type: "moderatorInvite";
  audience: "moderators";
  authorId: null;
  /** Who the link is for, as the moderator wrote it. */
  label: string;
  keyHash?: string;
  createdAt: number;
}
