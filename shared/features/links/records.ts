import type { BaseRecord } from "../../core/records";

/** A link's label at most: "Gruppe A", "Umfrage Verkehr". */
export const LINK_LABEL_LENGTH = 80;

/** What a special link opens (LINK-1): posting without seeing others' posts, or one column. */
export type SpecialLinkKind = "submission" | "group";

/**
 * A special link (LINK-1): its label, what it opens and, for a small group, the column. The browser
 * that made it minted the secret; the record keeps only its SHA-256 (`keyHash`), which reaches no
 * viewer (LINK-6). Audience moderators: participants and link holders never learn of it.
 */
export interface SpecialLink extends BaseRecord {
  type: "specialLink";
  label: string;
  kind: SpecialLinkKind;
  /** The small group's column; null for a submission link. */
  columnId: string | null;
  keyHash?: string;
  createdAt: number;
}
