import { useCallback, useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from "react";
import { type BoardState, boardOf, cardsOf, columnsOf } from "../../shared/boardState";
import type { BaseRecord } from "../../shared/core/records";
import { boardViews, type Card, DEFAULT_BOARD_VIEWS } from "../../shared/model";
import { removeServedBoardPaint, servedBoardPaintShown } from "../core/serverPaint";
import {
  BoardFailure,
  BoardHeader,
  type BoardLayout,
  BoardLayoutContext,
  BoardUiContext,
  BoardViewTabs,
  type CardGroups,
  cardsByColumnSelector,
  ExpiryWarning,
  panelId,
  sortedColumns,
  tabId,
  useBoardView,
} from "../features/board";
import { PreviewNotice } from "../features/comoderators";
import { EditingContext, useOwnEditing } from "../features/editing";
import { GroupsView } from "../features/groups";
import { NameDialog } from "../features/identity";
import { LinksOnlyRefused } from "../features/links";
import { MeetingsView } from "../features/meetings";
import { LinkKeyRefused, useBoardConnection } from "../features/moderatorLinks";
import { NetworkingView } from "../features/networking";
import { LegalFooter } from "../features/privacy";
import { cardLabel, contentToDraft, EditorDrafts, EditorDraftsContext } from "../features/topics";
import { NO_VOTING, standingOf, votingSelector } from "../features/voting";
import { useT } from "../i18n/I18nProvider";
import { deleteBoard } from "../sync/deleteBoard";
import { setDisplayName, useIdentity } from "../sync/identity";
import { rememberBoard } from "../sync/knownBoards";
import { browserStorage, watchBrowserStorage } from "../sync/storage";
import { BoardLoading } from "./BoardLoading";
import { BoardProblems } from "./BoardProblems";
import { BoardTools } from "./BoardTools";
import { preloadBoardParts, preloadModeratorParts } from "./boardParts";
import { ColumnsView } from "./ColumnsView";
import { type NameRequest, useBoardUiValue } from "./useBoardUiValue";
import { preloadViews, useFirstViewReady } from "./viewParts";

const isCard = (value: BaseRecord | undefined): value is Card => value?.type === "card";

const NO_COLUMNS: CardGroups = new Map();
const NO_RECORDS: BoardState = {};
const labelOfCard = (card: Card) => cardLabel(card.content);

export function BoardPage({ boardId }: { boardId: string }) {
  const t = useT();
  const connection = useBoardConnection(boardId);
  const { state, actions, moderatorKey } = connection;
  const drafts = useMemo(() => new EditorDrafts(browserStorage(), boardId), [boardId]);
  const draftMap = useSyncExternalStore(drafts.subscribe, drafts.getSnapshot, drafts.getSnapshot);
  // Drafts another tab of this browser opened, changed or closed (SYNC-11).
  useEffect(
    () =>
      watchBrowserStorage((key) => {
        if (key === null || key.startsWith(drafts.prefix)) drafts.reload();
      }),
    [drafts],
  );
  const identity = useIdentity();
  const { editing } = connection;
  const [nameRequest, setNameRequest] = useState<NameRequest | null>(null);
  const [moveMenuCardId, setMoveMenuCardId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState({ id: 0, text: "" });
  const board = state.board;
  const meta = board ? boardOf(board) : undefined;
  const views = meta ? boardViews(meta) : DEFAULT_BOARD_VIEWS;
  const [view, setView] = useBoardView(views, meta !== undefined);
  const title = meta?.title;
  const role = state.role;
  const boardShown = board !== null && role !== null;
  const firstViewReady = useFirstViewReady(meta !== undefined ? view : null);

  // Dialogs, editors and moderator tools come in chunks of their own; fetch them before they are needed.
  useEffect(() => {
    if (moderatorKey) preloadModeratorParts();
  }, [moderatorKey]);
  // Again after every reconnect: a fetch that failed while offline must not leave a dialog unloadable.
  const online = state.status === "online";
  useEffect(() => {
    if (!boardShown || !role || !online) return;
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 300));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => preloadBoardParts(role), { timeout: 2_000 });
    return () => cancel(handle);
  }, [boardShown, role, online]);

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

  const boardCards = board ? cardsOf(board) : undefined;
  useOwnEditing(
    editing,
    Object.keys(draftMap),
    (cardId) => boardCards?.[cardId] !== undefined,
    identity.chosen ? identity.name : null,
  );

  const boardColumns = board ? columnsOf(board) : undefined;
  const columns = useMemo(() => (boardColumns ? sortedColumns(boardColumns) : []), [boardColumns]);
  const selectGroups = useMemo(() => cardsByColumnSelector(), []);
  const cardGroups = board ? selectGroups(board) : NO_COLUMNS;
  const selectVoting = useMemo(() => votingSelector(), []);
  const voting = board ? selectVoting(board, state.authorId) : NO_VOTING;
  const announce = useCallback((text: string) => setAnnouncement((last) => ({ id: last.id + 1, text })), []);

  const ui = useBoardUiValue({
    actions,
    role,
    authorId: state.authorId,
    board,
    columns,
    cardGroups,
    identity,
    announce,
    setMoveMenuCardId,
    requestName: setNameRequest,
  });
  const layout = useMemo<BoardLayout>(
    () => ({ columns, cardsByColumn: cardGroups, moveMenuCardId, board: board ?? NO_RECORDS }),
    [columns, cardGroups, moveMenuCardId, board],
  );

  // HTTP-7: the served paint stays until the board shows, unless the page must say why it does not.
  const ready = board && meta && ui && !connection.fallingBack && firstViewReady;
  const waiting = state.status === "connecting" || state.status === "online";
  const keepServedPaint = servedBoardPaintShown() && waiting && !ready;
  useLayoutEffect(() => {
    if (!keepServedPaint) removeServedBoardPaint();
  }, [keepServedPaint]);

  if (state.status === "failed" && state.failure && !connection.fallingBack) {
    return (
      <>
        {state.failure.code === "forbidden" && connection.moderatorKey === null ? (
          // LINK-7: a keyless page is refused only by a links-only board.
          <LinksOnlyRefused />
        ) : (
          <BoardFailure failure={state.failure} onOpenAsParticipant={connection.openAsParticipant} />
        )}
        <LegalFooter />
      </>
    );
  }

  if (!board || !meta || !ui || connection.fallingBack || !firstViewReady) {
    // HTTP-7: the board the server painted stays on screen while this page connects.
    if (keepServedPaint) return null;
    return <BoardLoading status={state.status} pendingCount={state.pendingCount} />;
  }

  return (
    <BoardUiContext.Provider value={ui}>
      <EditorDraftsContext.Provider value={drafts}>
        <EditingContext.Provider value={editing}>
          <BoardLayoutContext.Provider value={layout}>
            <BoardHeader
              board={meta}
              sync={state}
              identity={identity}
              onChangeName={() => setNameRequest({ mode: "change" })}
              onUpdateBoard={ui.actions.updateBoard}
              onDeleteBoard={
                // The board's own key only: a co-moderator link may not end the board (COMOD-4).
                moderatorKey && !state.moderatorInviteId
                  ? async () => {
                      const deleted = await deleteBoard(boardId, moderatorKey);
                      if (deleted) window.location.assign("/");
                      return deleted;
                    }
                  : undefined
              }
              tools={
                <BoardTools
                  boardId={boardId}
                  board={board}
                  title={meta.title}
                  moderatorKey={moderatorKey}
                  moderatorInviteId={state.moderatorInviteId}
                />
              }
            />
            {state.expiry && <ExpiryWarning expiry={state.expiry} revision={state.revision} />}
            <main className="board-main" data-testid="board" data-role={state.role}>
              {connection.linkRefused && <LinkKeyRefused onDismiss={connection.dismissLinkRefused} />}
              {connection.preview && <PreviewNotice boardId={boardId} />}
              <BoardProblems
                problems={state.problems}
                online={state.status === "online"}
                board={board}
                columns={columns}
                draftMap={draftMap}
                drafts={drafts}
              />
              <BoardViewTabs
                views={views}
                view={view}
                onChange={setView}
                onIntent={() => {
                  preloadViews(views);
                }}
              />
              <div
                {...(views.length > 1 ? { role: "tabpanel", id: panelId(view), "aria-labelledby": tabId(view) } : {})}
                data-testid="board-view"
                data-view={view}
              >
                {view === "meetings" ? (
                  <MeetingsView board={board} actor={ui.actor} actions={ui.actions} labelOf={labelOfCard} />
                ) : view === "wall" ? (
                  <NetworkingView boardId={boardId} board={board} actor={ui.actor} actions={ui.actions} />
                ) : view === "groups" ? (
                  <GroupsView
                    boardId={boardId}
                    board={board}
                    actor={ui.actor}
                    actions={ui.actions}
                    moderatorKey={moderatorKey ?? null}
                    labelOf={labelOfCard}
                    standingOf={(cardId) => standingOf(voting, cardId)}
                  />
                ) : (
                  <ColumnsView
                    boardId={boardId}
                    board={board}
                    columns={columns}
                    moderatorKey={moderatorKey}
                    voting={voting}
                  />
                )}
              </div>
              <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
                <span key={announcement.id}>{announcement.text}</span>
              </div>
            </main>
            <LegalFooter />
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
          </BoardLayoutContext.Provider>
        </EditingContext.Provider>
      </EditorDraftsContext.Provider>
    </BoardUiContext.Provider>
  );
}
