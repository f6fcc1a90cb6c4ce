import type { BoardState } from "../../shared/boardState";
import { viewOf } from "../../shared/core/recordView";
import { timerOf } from "../../shared/features/timer";
import { useBoardUi } from "../features/board";
import { ModeratorLinks } from "../features/comoderators";
import { ExportMenu } from "../features/exports";
import { TimerClock } from "../features/timer";
import { ModeratorStage } from "./ModeratorStage";

interface Props {
  boardId: string;
  board: BoardState;
  title: string;
  moderatorKey: string | null;
  moderatorInviteId: string | null;
}

/** The board header's tools: the timer for everyone, the stage and the links for moderators, the export menu. */
export function BoardTools({ boardId, board, title, moderatorKey, moderatorInviteId }: Props) {
  const ui = useBoardUi();
  const { role, authorId } = ui.actor;
  const timer = timerOf(viewOf(board));
  return (
    <>
      {/* TIMER-1..3, PROJ-1, PROJ-2 */}
      {timer && <TimerClock timer={timer} announce={ui.announce} />}
      {role === "moderator" && <ModeratorStage boardId={boardId} board={board} submit={ui.actions.submit} />}
      {role === "moderator" && moderatorKey && (
        <ModeratorLinks
          boardId={boardId}
          board={board}
          moderatorKey={moderatorKey}
          moderatorInviteId={moderatorInviteId}
          submit={ui.actions.submit}
        />
      )}
      <ExportMenu
        boardId={boardId}
        boardTitle={title}
        board={board}
        role={role}
        moderatorKey={moderatorKey}
        authorId={authorId}
        onEraseMine={() => ui.actions.submit({ type: "author.erase" })}
      />
    </>
  );
}
