import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { Card } from "../../shared/model";
import { contentToDraft, draftToContent } from "../board/cardDraft";
import { EditorDrafts } from "../board/editorDrafts";
import { type MoveDirection, planMove } from "../board/moves";
import { cardsByColumn, sortedColumns } from "../board/selectors";
import { AppBar } from "../components/AppBar";
import { BoardFailure } from "../components/BoardFailure";
import { BoardHeader } from "../components/BoardHeader";
import { type BoardUi, BoardUiContext, type CardFocusPart } from "../components/boardUi";
import { MOVE_HINT_ID } from "../components/CardView";
import { ColumnsBoard } from "../components/ColumnsBoard";
import { ConnectionStatus } from "../components/ConnectionStatus";
import { focusCard } from "../components/focus";
import { NameDialog } from "../components/NameDialog";
import { ProblemAlerts } from "../components/ProblemAlerts";
import { useT } from "../i18n/I18nProvider";
import { setDisplayName, useIdentity } from "../sync/identity";
import { forgetModeratorKey, rememberBoard, takeModeratorKey } from "../sync/knownBoards";
import { browserStorage } from "../sync/storage";
import { useBoardSync } from "../sync/useBoardSync";

interface NameRequest {
  mode: "post" | "change";
  onChosen?(name: string | null): void;
  onCancel?(): void;
}

const isCard = (value: unknown): value is Card =>
  typeof value === "object" && value !== null && "content" in value && "columnId" in value;

export function BoardPage({ boardId }: { boardId: string }) {
  const t = useT();
  const [moderatorKey, setModeratorKey] = useState(() => takeModeratorKey(boardId));
  const { state, actions } = useBoardSync(boardId, moderatorKey);
  const drafts = useMemo(() => new EditorDrafts(browserStorage(), boardId), [boardId]);
  const draftMap = useSyncExternalStore(drafts.subscribe, drafts.getSnapshot);
  const identity = useIdentity();
  const [nameRequest, setNameRequest] = useState<NameRequest | null>(null);
  const [moveMenuCardId, setMoveMenuCardId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState({ id: 0, text: "" });
  const board = state.board;
  const title = board?.board.title;

  // A moderator link pasted into a tab that already shows this board only changes the fragment.
  useEffect(() => {
    const onHashChange = () => {
      if (window.location.hash.includes("key=")) setModeratorKey(takeModeratorKey(boardId));
    };
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, [boardId]);

  useEffect(() => {
    document.title = title === undefined ? t("app.name") : `${title} – ${t("app.name")}`;
    if (title !== undefined) rememberBoard(boardId, title);
  }, [boardId, title, t]);

  // A refused card edit reopens its editor with the user's text next to the newer version.
  useEffect(() => {
    if (!actions) return;
    for (const { opId, op, problem } of state.problems) {
      if (op.type !== "card.edit" || problem.code !== "conflict" || !isCard(problem.current)) continue;
      drafts.conflict(op.cardId, contentToDraft(op.content), problem.current);
      actions.dismissProblem(opId);
    }
  }, [state.problems, actions, drafts]);

  const columns = useMemo(() => (board ? sortedColumns(board) : []), [board]);
  const cardGroups = useMemo(() => (board ? cardsByColumn(board) : new Map<string, Card[]>()), [board]);
  const announce = useCallback((text: string) => setAnnouncement((last) => ({ id: last.id + 1, text })), []);

  if (state.status === "failed" && state.failure) {
    return (
      <BoardFailure
        failure={state.failure}
        onOpenAsParticipant={() => {
          forgetModeratorKey(boardId);
          setModeratorKey(null);
        }}
      />
    );
  }

  if (!board || !actions || !state.role) {
    return (
      <>
        <header className="page-header">
          <AppBar />
        </header>
        <main className="page-main narrow" data-testid="board-loading">
          <h1>{t("board.loading")}</h1>
          <ConnectionStatus status={state.status} pendingCount={state.pendingCount} />
        </main>
      </>
    );
  }

  const boardActions = actions;

  function moveCardTo(card: Card, columnId: string, index: number) {
    const column = board?.columns[columnId];
    if (!column) return;
    const others = (cardGroups.get(columnId) ?? []).filter((other) => other.id !== card.id);
    const position = Math.min(index, others.length) + 1;
    boardActions.moveCard(card.id, columnId, index);
    announce(
      t("move.announce", { title: card.content.title, column: column.title, position, count: others.length + 1 }),
    );
  }

  function moveCardBy(card: Card, direction: MoveDirection, focus: CardFocusPart) {
    const target = planMove(columns, cardGroups, card, direction);
    if (!target) {
      announce(t(`move.impossible.${direction}`, { title: card.content.title }));
      return;
    }
    moveCardTo(card, target.columnId, target.index);
    focusCard(card.id, focus);
  }

  function postCard(columnId: string, content: Card["content"]): Promise<boolean> {
    if (identity.chosen) {
      boardActions.addCard(columnId, identity.name, content);
      announce(t("cardForm.posted", { title: content.title }));
      return Promise.resolve(true);
    }
    return new Promise((resolve) =>
      setNameRequest({
        mode: "post",
        onChosen: (name) => {
          boardActions.addCard(columnId, name, content);
          announce(t("cardForm.posted", { title: content.title }));
          resolve(true);
        },
        onCancel: () => resolve(false),
      }),
    );
  }

  const ui: BoardUi = {
    actions: boardActions,
    actor: { role: state.role, authorId: state.authorId },
    columns,
    cardsByColumn: cardGroups,
    drafts,
    moveCardTo,
    moveCardBy,
    moveMenuCardId,
    setMoveMenuCardId,
    postCard,
  };

  const orphanDrafts =
    state.status === "online"
      ? Object.entries(draftMap)
          .filter(([cardId]) => !board.cards[cardId])
          .map(([cardId, draft]) => ({ cardId, draft }))
      : [];
  const firstColumn = columns[0];

  return (
    <BoardUiContext.Provider value={ui}>
      <BoardHeader
        board={board.board}
        sync={state}
        identity={identity}
        onChangeName={() => setNameRequest({ mode: "change" })}
        onUpdateBoard={boardActions.updateBoard}
      />
      <main className="board-main" data-testid="board" data-role={state.role}>
        <ProblemAlerts
          problems={state.problems}
          onDismiss={boardActions.dismissProblem}
          orphanDrafts={orphanDrafts}
          repostColumn={firstColumn?.title ?? null}
          onRepost={(cardId) => {
            const draft = draftMap[cardId];
            if (!draft || !firstColumn) return;
            void postCard(firstColumn.id, draftToContent(draft.fields)).then(
              (posted) => posted && drafts.close(cardId),
            );
          }}
          onDiscardDraft={(cardId) => drafts.close(cardId)}
        />
        {columns.length === 0 && (
          <p className="board-empty" data-testid="board-empty">
            {t(state.role === "moderator" ? "board.empty.moderator" : "board.empty.participant")}
          </p>
        )}
        <ColumnsBoard />
        <p id={MOVE_HINT_ID} hidden>
          {t("card.moveHint")}
        </p>
        <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
          <span key={announcement.id}>{announcement.text}</span>
        </div>
      </main>
      {nameRequest && (
        <NameDialog
          open
          mode={nameRequest.mode}
          initialName={identity.chosen ? (identity.name ?? "") : ""}
          onChoose={(name) => {
            setDisplayName(name);
            nameRequest.onChosen?.(name);
            setNameRequest(null);
          }}
          onCancel={() => {
            nameRequest.onCancel?.();
            setNameRequest(null);
          }}
        />
      )}
    </BoardUiContext.Provider>
  );
}
