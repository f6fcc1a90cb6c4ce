import { useId } from "react";
import type { BoardState } from "../../../shared/boardState";
import type { Card, Column } from "../../../shared/model";
import type { Op } from "../../../shared/ops";
import { useBoardUi } from "../board";
import { BoardSettings } from "./BoardSettings";
import { ColumnSettings } from "./ColumnSettings";
import { ReviewQueue } from "./ReviewQueue";
import { moderationSettingsOf, waitingCards } from "./selectors";
import { useModerationT } from "./useModerationT";
import { WordList } from "./WordList";

export interface ModerationProps {
  board: BoardState;
  columns: readonly Column[];
  /** A card's words as plain text, as its kind has them (the topics slice knows kinds, UI-7). */
  textOf(card: Card): string;
}

/**
 * The moderators' panel (MOD-1..6): the queue, shown while approval is on or cards wait, and the
 * settings in a disclosure, each control one op that takes effect for everyone at once.
 */
export function ModerationPanel({ board, columns, textOf }: ModerationProps) {
  const t = useModerationT();
  const { actions } = useBoardUi();
  const submit = (op: Op) => actions.submit(op);
  const headingId = useId();
  const waiting = waitingCards(board);
  return (
    <section className="moderation-panel" aria-labelledby={headingId} data-testid="moderation-panel">
      <h2 id={headingId} className="visually-hidden">
        {t("moderation.heading")}
      </h2>
      {(waiting.length > 0 || moderationSettingsOf(board).approval) && (
        <ReviewQueue cards={waiting} columns={columns} textOf={textOf} submit={submit} />
      )}
      <details className="moderation-settings" data-testid="moderation-settings">
        <summary>{t("moderation.settings")}</summary>
        <BoardSettings board={board} submit={submit} />
        <ColumnSettings board={board} columns={columns} submit={submit} />
        <WordList board={board} submit={submit} />
      </details>
    </section>
  );
}
