import type { Role } from "../../shared/model";
import { nextTask } from "../core/nextTask";
import { ConfirmDialog } from "../core/ui/confirmDialogPart";
import { BoardMetaForm, ProblemAlerts } from "../features/board";
import { ClusterSuggestions } from "../features/clusterSuggestions";
import { AddColumn, ColumnControls } from "../features/columns";
import { ModeratorLinks } from "../features/comoderators";
import { DndLayer } from "../features/dragAndDrop";
import { ExportMenu } from "../features/exports";
import { NameDialog } from "../features/identity";
import { StageMenu } from "../features/projector";
import { TimerControls } from "../features/timer";
import { CardEditor, CardMoveMenu } from "../features/topics";

/**
 * The lazy parts every slice declares in its own index (see lazyPart), fetched once the board shows,
 * so that opening an editor or a dialog does not wait for the network.
 */
const FOR_EVERYONE = [DndLayer, CardEditor, CardMoveMenu, ConfirmDialog, NameDialog, ProblemAlerts, ExportMenu];
const FOR_MODERATORS = [
  ColumnControls,
  AddColumn,
  BoardMetaForm,
  ClusterSuggestions,
  StageMenu,
  TimerControls,
  ModeratorLinks,
];

/** Moderator tools show with the board: fetch them as soon as a moderator link is seen. */
export function preloadModeratorParts(): void {
  void preloadInTurn(FOR_MODERATORS);
}

/** Once the page is idle, everything its role may open. */
export function preloadBoardParts(role: Role): void {
  void preloadInTurn(role === "moderator" ? [...FOR_EVERYONE, ...FOR_MODERATORS] : FOR_EVERYONE);
}

/**
 * One part per task: each part's preload adds its chunks' links to the page, and all at once made one
 * long task on a phone. A part asked for twice is fetched once (lazyPart).
 */
async function preloadInTurn(parts: readonly { preload(): Promise<void> }[]): Promise<void> {
  for (const part of parts) {
    void part.preload();
    await nextTask();
  }
}
