import { authoredBy } from "../../core/personalData";

/** DATA-2: a person's memberships go as leaving does (group.leave); the group stays. */
export const membershipPersonalData = authoredBy(["name", "membership", "email", "consent"], "groups");
