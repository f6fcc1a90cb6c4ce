import type { EditTargets, OpProtocolVersions } from "../../core/feature";
import type { BoardOp } from "./ops";

export const boardEditTargets: EditTargets<BoardOp> = {
  "board.update": () => ({ type: "board", id: null }),
};

/** The protocol version that introduced each op (PROTO-2): a page sends an older server only what it knows. */
export const boardOpVersions: OpProtocolVersions<BoardOp> = {
  // The views came with 5 (VIEW-1), the working groups' view with 7 (AG-6); an edit without views is as old as the protocol.
  "board.update": (op) => (op.views === undefined ? 1 : op.views.includes("groups") ? 7 : 5),
};
