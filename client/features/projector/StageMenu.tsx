import { type ReactNode, useId, useState } from "react";
import type { BoardState } from "../../../shared/boardState";
import { viewOf } from "../../../shared/core/recordView";
import { timerOf } from "../../../shared/features/timer";
import type { Op } from "../../../shared/ops";
import { TimerControls } from "../timer";
import { FocusPicker } from "./FocusPicker";
import { projectorPath } from "./projectorPath";
import { useProjectorT } from "./useProjectorT";
import "./stage.css";

interface Props {
  boardId: string;
  board: BoardState;
  submit(op: Op): void;
  /** TIMER-1's seam for "lock when the time is up": told the estimated end (server ms) of a started countdown. */
  onTimerStarted?(endsAt: number): void;
  /** More options beside the timer's start button (a "lock when the time is up" checkbox). */
  timerStartOptions?: ReactNode;
}

/**
 * The moderators' stage tools in the board header (PROJ-1, PROJ-2, TIMER-1): the projector view's
 * link, and behind a disclosure button the timer's controls and what the projector shows.
 */
export function StageMenu({ boardId, board, submit, onTimerStarted, timerStartOptions }: Props) {
  const t = useProjectorT();
  const panelId = useId();
  const hintId = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className={open ? "stage-menu stage-menu-open" : "stage-menu"} data-testid="stage-menu">
      <div className="stage-buttons">
        <button
          type="button"
          className="button button-small"
          aria-expanded={open}
          aria-controls={panelId}
          data-testid="stage-open"
          onClick={() => setOpen((was) => !was)}
        >
          {t("projector.stage")}
        </button>
        <a
          className="button button-small"
          href={projectorPath(boardId)}
          target="_blank"
          rel="noopener"
          aria-describedby={hintId}
          data-testid="projector-link"
        >
          {t("projector.open")}
        </a>
        <span id={hintId} hidden>
          {t("projector.open.hint")}
        </span>
      </div>
      {open && (
        <section id={panelId} className="stage-panel" aria-labelledby={`${panelId}-heading`}>
          <h2 id={`${panelId}-heading`} className="stage-heading">
            {t("projector.stage.heading")}
          </h2>
          <TimerControls
            timer={timerOf(viewOf(board))}
            submit={submit}
            onStarted={onTimerStarted}
            startOptions={timerStartOptions}
          />
          <FocusPicker board={board} submit={submit} />
        </section>
      )}
    </div>
  );
}
