import type { Role } from "../../../shared/model";
import { lazyPart } from "../../core/lazyPart";

/**
 * Parts of the board page that its first paint does not need, each in a chunk of its own
 * (see lazyPart). `preloadBoardParts` fetches them once the board shows, so that opening an
 * editor or a dialog does not wait for the network.
 */
// Each import() names a file, also in other slices (not their index.ts), so that each part stays a chunk of its own.
export const CardEditor = lazyPart(() => import("../topics/CardEditor").then((m) => m.CardEditor));
export const CardMoveMenu = lazyPart(() => import("../topics/CardMoveMenu").then((m) => m.CardMoveMenu));
export const ConfirmDialog = lazyPart(() => import("../../core/ui/ConfirmDialog").then((m) => m.ConfirmDialog));
export const NameDialog = lazyPart(() => import("../identity/NameDialog").then((m) => m.NameDialog));
export const ProblemAlerts = lazyPart(() => import("./ProblemAlerts").then((m) => m.ProblemAlerts));
export const BoardFailure = lazyPart(() => import("./BoardFailure").then((m) => m.BoardFailure));
/** The participant link's QR code (VIEW-5): the QR library stays out of the board page's first load. */
export const QrDialog = lazyPart(() => import("./QrDialog").then((m) => m.QrDialog));
/** Drag and drop (dnd-kit): the board shows and works by keyboard before it arrives. */
export const DndLayer = lazyPart(() => import("../dragAndDrop/DndLayer").then((m) => m.DndLayer));

/** Only moderators see these. */
export const ColumnControls = lazyPart(() => import("../columns/ColumnControls").then((m) => m.ColumnControls));
export const AddColumn = lazyPart(() => import("../columns/AddColumn").then((m) => m.AddColumn));
export const BoardMetaForm = lazyPart(() => import("./BoardMetaForm").then((m) => m.BoardMetaForm));

const FOR_EVERYONE = [DndLayer, CardEditor, CardMoveMenu, ConfirmDialog, NameDialog, ProblemAlerts];
const FOR_MODERATORS = [ColumnControls, AddColumn, BoardMetaForm];

/** Moderator tools show with the board: fetch them as soon as a moderator link is seen. */
export function preloadModeratorParts(): void {
  for (const part of FOR_MODERATORS) void part.preload();
}

export function preloadBoardParts(role: Role): void {
  for (const part of FOR_EVERYONE) void part.preload();
  if (role === "moderator") preloadModeratorParts();
}
