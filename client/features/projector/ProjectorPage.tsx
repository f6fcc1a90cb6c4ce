import { useCallback, useEffect, useMemo, useState } from "react";
import { boardOf } from "../../../shared/boardState";
import { viewOf } from "../../../shared/core/recordView";
import { focusOf } from "../../../shared/features/focus";
import { timerOf } from "../../../shared/features/timer";
import { QrCode } from "../../core/ui/QrCode";
import { useT } from "../../i18n/I18nProvider";
import { readOnlyKeeping, useBoardSync } from "../../sync/useBoardSync";
import { BoardFailure } from "../board";
import { TimerClock } from "../timer";
import { FocusedColumn, FocusedGroup, FocusedMeeting } from "./FocusedViews";
import { focusedRecord } from "./focusTargets";
import { useProjectorT } from "./useProjectorT";
import { WholeBoard } from "./WholeBoard";
import "./projector.css";

const noActions = () => null;
const nothing = () => {};

/**
 * PROJ-2: the big screen's page. It joins as a participant (never with a moderator key, so nothing
 * for moderators only can show on a wall) and only reads: the title, the QR code to join, how many
 * are here, the timer, and what the moderators put in focus, or else the whole board (PROJ-3).
 */
export function ProjectorPage({ boardId }: { boardId: string }) {
  const t = useProjectorT();
  const tApp = useT();
  const keeping = useMemo(readOnlyKeeping, []);
  const { state } = useBoardSync(boardId, null, noActions, keeping);
  const [announcement, setAnnouncement] = useState({ id: 0, text: "" });
  const announce = useCallback((text: string) => setAnnouncement((last) => ({ id: last.id + 1, text })), []);
  const board = state.board;
  const meta = board ? boardOf(board) : undefined;
  const view = useMemo(() => (board ? viewOf(board) : undefined), [board]);
  const timer = view && timerOf(view);
  const focus = board && view ? focusedRecord(board, focusOf(view)?.target) : undefined;
  const joinUrl = `${window.location.origin}/b/${boardId}`;

  useEffect(() => {
    document.title = meta ? t("projector.page", { title: meta.title }) : tApp("app.name");
  }, [meta, t, tApp]);

  if (state.status === "failed" && state.failure) {
    return <BoardFailure failure={state.failure} onOpenAsParticipant={nothing} />;
  }
  if (!board || !meta) {
    return <ProjectorLoading />;
  }
  return (
    <div className="projector" data-testid="projector" data-focus={focus ? `${focus.kind}:${focus.record.id}` : ""}>
      <header className="projector-header">
        <div className="projector-heading">
          <h1 className="projector-title" data-testid="projector-title">
            {meta.title}
          </h1>
          <p className="projector-join">
            <span className="projector-join-call">{t("projector.join")}:</span>{" "}
            <span className="projector-join-url">{joinUrl}</span>
          </p>
        </div>
        {timer && <TimerClock timer={timer} announce={announce} className="projector-timer" />}
        {state.status === "online" && (
          <p className="projector-presence" data-testid="projector-presence" data-count={state.presence}>
            {tApp(state.presence === 1 ? "presence.one" : "presence.other", { count: state.presence })}
          </p>
        )}
        <QrCode value={joinUrl} label={t("projector.qr", { url: joinUrl })} className="projector-qr" />
      </header>
      <main className="projector-main" data-testid="projector-main">
        {focus?.kind === "column" ? (
          <FocusedColumn board={board} column={focus.record} />
        ) : focus?.kind === "group" ? (
          <FocusedGroup board={board} group={focus.record} />
        ) : focus?.kind === "meeting" ? (
          <FocusedMeeting meeting={focus.record} />
        ) : (
          <WholeBoard board={board} />
        )}
      </main>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="projector-announcer">
        <span key={announcement.id}>{announcement.text}</span>
      </div>
    </div>
  );
}

/** The projector until the board is there; also the page's first paint before any code runs (HTTP-6). */
export function ProjectorLoading() {
  const t = useProjectorT();
  return (
    <main className="projector projector-loading" data-testid="projector-loading">
      <h1>{t("projector.loading")}</h1>
    </main>
  );
}
