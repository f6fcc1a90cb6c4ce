import { type BoardState, columnsOf } from "../../../shared/boardState";
import type { FocusKind, FocusTarget } from "../../../shared/features/focus";
import type { WorkingGroup } from "../../../shared/features/groups";
import type { Meeting } from "../../../shared/features/meetings";
import type { Column } from "../../../shared/model";
import { sortedColumns } from "../board";

/** What a focus names, as the board holds it now; undefined when it is gone (the whole board shows). */
export type FocusedRecord =
  | { kind: "column"; record: Column }
  | { kind: "group"; record: WorkingGroup }
  | { kind: "meeting"; record: Meeting };

export function focusedRecord(board: BoardState, target: FocusTarget | null | undefined): FocusedRecord | undefined {
  if (!target) return undefined;
  if (target.kind === "column") {
    const record = sortedColumns(columnsOf(board)).find((column) => column.id === target.id);
    return record && { kind: "column", record };
  }
  if (target.kind === "group") {
    const record = board.workingGroup?.[target.id] as WorkingGroup | undefined;
    return record && { kind: "group", record };
  }
  const record = board.meeting?.[target.id] as Meeting | undefined;
  return record && { kind: "meeting", record };
}

/** The choices of the focus picker, each kind in the board's order. */
export function focusChoices(board: BoardState) {
  const groups = Object.values((board.workingGroup ?? {}) as Record<string, WorkingGroup>).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const meetings = Object.values((board.meeting ?? {}) as Record<string, Meeting>)
    .filter((meeting) => meeting.status !== "cancelled")
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
  return { columns: sortedColumns(columnsOf(board)), groups, meetings };
}

/** A focus as one value of a select, and back. */
export const focusValue = (target: FocusTarget | null | undefined): string =>
  target ? `${target.kind}:${target.id}` : "";

export function focusFromValue(value: string): FocusTarget | null {
  const at = value.indexOf(":");
  if (at < 0) return null;
  return { kind: value.slice(0, at) as FocusKind, id: value.slice(at + 1) };
}
