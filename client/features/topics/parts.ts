import { lazyPart } from "../../core/lazyPart";

/** The card editor and the move menu, each a chunk of its own (see lazyPart), fetched when the board is idle. */
export const CardEditor = lazyPart(() => import("./CardEditor").then((m) => m.CardEditor));
export const CardMoveMenu = lazyPart(() => import("./CardMoveMenu").then((m) => m.CardMoveMenu));
