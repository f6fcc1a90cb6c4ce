import { useState } from "react";
import type { BoardState } from "../../shared/boardState";
import type { Op } from "../../shared/ops";
import { boardLockAt, LockWhenTimeIsUp } from "../features/moderation";
import { StageMenu } from "../features/projector";

interface Props {
  boardId: string;
  board: BoardState;
  submit(op: Op): void;
}

/**
 * The moderators' stage tools (timer, projector focus: TIMER-1, PROJ-1) with moderation's "lock the
 * board when the time is up" (MOD-4): the lock is planned for the timer's end by the server's clock.
 */
export function ModeratorStage({ boardId, board, submit }: Props) {
  const [lockAtEnd, setLockAtEnd] = useState(false);
  return (
    <StageMenu
      boardId={boardId}
      board={board}
      submit={submit}
      timerStartOptions={<LockWhenTimeIsUp checked={lockAtEnd} onChange={setLockAtEnd} />}
      onTimerStarted={(endsAt) => {
        if (lockAtEnd) submit(boardLockAt(endsAt));
      }}
    />
  );
}
