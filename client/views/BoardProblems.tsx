import type { BoardState } from "../../shared/boardState";
import { cardsOf } from "../../shared/boardState";
import type { Column } from "../../shared/model";
import { actionLabelOf, textOfOp } from "../features";
import { ProblemAlerts, useBoardUi } from "../features/board";
import { cardSubmittedText, draftToContent, type EditorDraftMap, type EditorDrafts } from "../features/topics";
import type { SyncState } from "../sync/syncState";

interface Props {
  problems: SyncState["problems"];
  /** Drafts count as orphaned only once the board is current (online). */
  online: boolean;
  board: BoardState;
  columns: Column[];
  draftMap: EditorDraftMap;
  drafts: EditorDrafts;
}

/**
 * The board's alerts: refused ops, and drafts whose card is gone (deleted by someone else while it was
 * being edited), which can be posted again as a new card in the first column or discarded.
 */
export function BoardProblems({ problems, online, board, columns, draftMap, drafts }: Props) {
  const ui = useBoardUi();
  const orphanDrafts = online
    ? Object.entries(draftMap)
        .filter(([cardId]) => !cardsOf(board)[cardId])
        .map(([cardId, draft]) => ({
          cardId,
          cardTitle: draft.cardTitle,
          text: cardSubmittedText(draftToContent(draft.fields)),
        }))
    : [];
  if (problems.length === 0 && orphanDrafts.length === 0) return null;
  const firstColumn = columns[0];
  return (
    <ProblemAlerts
      problems={problems}
      onDismiss={ui.actions.dismissProblem}
      labelOf={actionLabelOf}
      textOf={textOfOp}
      orphanDrafts={orphanDrafts}
      repostColumn={firstColumn?.title ?? null}
      onRepost={(cardId) => {
        const draft = draftMap[cardId];
        if (!draft || !firstColumn) return;
        void ui.postCard(firstColumn.id, draftToContent(draft.fields)).then((posted) => posted && drafts.close(cardId));
      }}
      onDiscardDraft={(cardId) => drafts.close(cardId)}
    />
  );
}
