import { useCallback, useMemo } from "react";
import type { BoardState } from "../../shared/boardState";
import { cardsOf } from "../../shared/boardState";
import { newId } from "../../shared/ids";
import type { Card, Column } from "../../shared/model";
import { useBoardUi } from "../features/board";
import { ClusterSuggestions } from "../features/clusterSuggestions";
import { ColumnsBoard } from "../features/columns";
import { LinksPanel } from "../features/links";
import { berlinToday, ThemeDatesContext, themeDatesSelector } from "../features/meetings";
import { ModerationBar } from "../features/moderation";
import { cardLabel, cardSubmittedText, MOVE_HINT_ID } from "../features/topics";
import { type VotingBoard, VotingContext, VotingPanel } from "../features/voting";
import { useT } from "../i18n/I18nProvider";

interface Props {
  boardId: string;
  board: BoardState;
  columns: Column[];
  moderatorKey: string | null;
  voting: VotingBoard;
}

const labelOfCard = (card: Card) => cardLabel(card.content);
const textOfCard = (card: Card) => cardSubmittedText(card.content);

/** The theme columns view of a board: its moderators' tools above the columns, then the columns. */
export function ColumnsView({ boardId, board, columns, moderatorKey, voting }: Props) {
  const t = useT();
  const selectThemeDates = useMemo(() => themeDatesSelector(), []);
  const themeDates = selectThemeDates(board, berlinToday);
  const ui = useBoardUi();
  const moderating = ui.actor.role === "moderator" && moderatorKey !== null;
  const titleOfCard = useCallback(
    (cardId: string) => {
      const card = cardsOf(board)[cardId];
      return card ? cardLabel(card.content) : null;
    },
    [board],
  );
  return (
    <>
      {columns.length === 0 && (
        <p className="board-empty" data-testid="board-empty">
          {t(ui.actor.role === "moderator" ? "board.empty.moderator" : "board.empty.participant")}
        </p>
      )}
      {moderating && (
        // LINK-1: submission-only and small groups' links.
        <LinksPanel boardId={boardId} board={board} submit={ui.actions.submit} />
      )}
      {moderating && columns.length > 0 && (
        // SUG-6: an accepted suggestion becomes a cluster, a duplicate pair one card with both texts.
        <ClusterSuggestions
          boardId={boardId}
          moderatorKey={moderatorKey}
          columns={columns}
          titleOf={titleOfCard}
          onAccept={(cardIds, label) =>
            ui.actions.submit({ type: "cluster.create", clusterId: newId(), cardIds, title: label })
          }
          onMerge={(kept, merged) => ui.actions.submit({ type: "card.merge", cardId: kept, mergedCardId: merged })}
        />
      )}
      <ThemeDatesContext.Provider value={themeDates}>
        <VotingContext.Provider value={voting}>
          <ModerationBar board={board} columns={columns} textOf={textOfCard} />
          <VotingPanel board={board} columns={columns} labelOf={labelOfCard} />
          <ColumnsBoard />
        </VotingContext.Provider>
      </ThemeDatesContext.Provider>
      <p id={MOVE_HINT_ID} hidden>
        {t("card.moveHint")}
      </p>
    </>
  );
}
