/**
 * Working groups (AG-6): the view itself is a lazy chunk. `NewGroupForm` founds a group from a
 * cluster ("Als Arbeitsgruppe"): give it `start` with the cluster's title, card ids and id.
 */
import { lazyPart } from "../../core/lazyPart";

export type { GroupStart } from "./GroupForm";
export const GroupsView = lazyPart(() => import("./GroupsView").then((m) => m.GroupsView));
export const NewGroupForm = lazyPart(() => import("./NewGroupForm").then((m) => m.NewGroupForm));
