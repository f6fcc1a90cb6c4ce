import type { FieldErrors, OpErrorMessages } from "../../core/checkOp";
import type { NetworkingKey } from "./useNetworkingT";

/** One message per refused field of a wall form; contact fields by `contact.email` and so on. */
export type WallFieldErrors = FieldErrors<NetworkingKey>;

/** Which message a refused field of a business card or the wall's settings shows. */
export const WALL_OP_ERRORS: OpErrorMessages<NetworkingKey> = {
  fieldOf([first, second]) {
    return first === "contact" && second !== undefined ? `contact.${String(second)}` : String(first ?? "");
  },
  messageFor(field, { code }) {
    if (field === "consent") return "wall.error.consent";
    if (code === "too_big")
      return field === "topics" || field === "fieldsOfWork" ? "wall.error.tooMany" : "wall.error.tooLong";
    if (field === "contact.email") return "wall.error.email";
    if (field === "contact.phone") return "wall.error.phone";
    if (field === "contact.website") return "wall.error.link";
    return "wall.error.required";
  },
};
