import type { BoardState } from "../../../shared/boardState";
import type { Card } from "../../../shared/model";
import type { BoardActions } from "../../core/boardActions";
import { GroupForm, type GroupStart } from "./GroupForm";
import { useGroupsT } from "./useGroupsT";
import "./groups.css";

/**
 * AG-1: founding a working group from somewhere else than the groups view, e.g. a cluster's "Als
 * Arbeitsgruppe": the form starts with the cluster's title and cards and records its id. `onDone`
 * gets the new group's id (null when cancelled); a page may then switch to the groups view.
 */
export function NewGroupForm({
  boardId,
  board,
  actions,
  start,
  labelOf,
  onDone,
}: {
  boardId: string;
  board: BoardState;
  actions: BoardActions;
  start: GroupStart;
  labelOf(card: Card): string;
  onDone(groupId: string | null): void;
}) {
  const t = useGroupsT();
  return (
    <GroupForm
      t={t}
      boardId={boardId}
      board={board}
      group={null}
      start={start}
      labelOf={labelOf}
      submit={actions.submit}
      onDone={onDone}
    />
  );
}
