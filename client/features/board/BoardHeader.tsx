import { type ReactNode, useState } from "react";
import type { BoardMeta, BoardView } from "../../../shared/model";
import { usePageAddress } from "../../core/serverPaint";
import { AppBar } from "../../core/ui/AppBar";
import { Icon } from "../../core/ui/Icon";
import { IconButton } from "../../core/ui/IconButton";
import { useCopy } from "../../core/ui/useCopy";
import { useT } from "../../i18n/I18nProvider";
import type { Identity } from "../../sync/identity";
import type { SyncState } from "../../sync/syncState";
import { DisplayName } from "../identity";
import { BoardMetaForm, QrDialog } from "./boardParts";
import { ConnectionStatus } from "./ConnectionStatus";
import { PresenceCount } from "./PresenceCount";
import "./boardHeader.css";

interface Props {
  board: BoardMeta;
  sync: Pick<SyncState, "status" | "pendingCount" | "retrying" | "presence" | "role">;
  identity: Identity;
  onChangeName(): void;
  onUpdateBoard(title: string, description: string, views: BoardView[], baseVersion: number): void;
  /** Deletes the board, for a moderator (OPS-5). */
  onDeleteBoard?(): Promise<boolean>;
  /** More of the board's tools beside sharing (the export menu, EXP-10), made by the page. */
  tools?: ReactNode;
}

export function BoardHeader({ board, sync, identity, onChangeName, onUpdateBoard, onDeleteBoard, tools }: Props) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  // Kept once opened, so that closing the dialog (not unmounting it) returns the focus to the button.
  const [qrOpened, setQrOpened] = useState(false);
  const [qrShown, setQrShown] = useState(false);
  const { copied, copy } = useCopy();
  const moderator = sync.role === "moderator";
  const participantLink = `${usePageAddress().origin}/b/${board.id}`;

  return (
    <header className="board-header">
      <AppBar>
        {moderator && (
          <span className="role-badge" data-testid="role-badge">
            {t("board.moderatorBadge")}
          </span>
        )}
      </AppBar>
      {editing ? (
        <BoardMetaForm
          board={board}
          onCancel={() => setEditing(false)}
          onDelete={onDeleteBoard}
          onSave={(title, description, views, baseVersion) => {
            onUpdateBoard(title, description, views, baseVersion);
            setEditing(false);
          }}
        />
      ) : (
        <div className="board-meta">
          <div className="board-title-row">
            <h1 className="board-title" data-testid="board-title">
              {board.title}
            </h1>
            {moderator && (
              <IconButton
                icon="edit"
                label={t("board.edit")}
                data-testid="edit-board"
                onClick={() => setEditing(true)}
              />
            )}
          </div>
          {board.description && (
            <p className="board-description" data-testid="board-description">
              {board.description}
            </p>
          )}
        </div>
      )}
      <div className="board-status">
        <ConnectionStatus status={sync.status} pendingCount={sync.pendingCount} retrying={sync.retrying} />
        {sync.status === "online" && <PresenceCount count={sync.presence} />}
        <DisplayName identity={identity} onChange={onChangeName} />
        <p className="share">
          <button type="button" className="button button-small" onClick={() => void copy(participantLink)}>
            <Icon name="link" />
            <span className="share-label">{t("board.copyLink")}</span>
          </button>
          <button
            type="button"
            className="button button-small"
            aria-haspopup="dialog"
            data-testid="qr-open"
            onPointerEnter={() => void QrDialog.preload()}
            onFocus={() => void QrDialog.preload()}
            onClick={() => {
              setQrOpened(true);
              setQrShown(true);
            }}
          >
            {t("board.qr.open")}
          </button>
          <output className="copy-done" aria-live="polite">
            {copied ? t("copy.done") : ""}
          </output>
        </p>
        {tools}
        {qrOpened && <QrDialog open={qrShown} url={participantLink} onClose={() => setQrShown(false)} />}
      </div>
    </header>
  );
}
