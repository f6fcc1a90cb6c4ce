import { authoredBy } from "../../core/personalData";

/** DATA-2: a person's business card goes as its author's remove (NET-6); nothing follows from it. */
export const businessCardPersonalData = authoredBy(
  ["name", "email", "phone", "website", "profile", "consent", "secretHash"],
  "networking",
);
