import type { RecordTypeDefinition } from "../../core/recordType";
import type { SpecialLink } from "./records";

/** A link without the hash of its secret: what moderators receive (LINK-6). */
export function withoutKeyHash(link: SpecialLink): SpecialLink {
  if (link.keyHash === undefined) return link;
  const { keyHash: _secret, ...rest } = link;
  return rest;
}

/** LINK-6: a special link's hash reaches nobody; the record itself only moderators (its audience). */
export const specialLinkVisibility: RecordTypeDefinition = {
  type: "specialLink",
  redact: (record) => withoutKeyHash(record as SpecialLink),
};
