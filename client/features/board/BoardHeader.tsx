import { useState } from "react";
import type { BoardMeta } from "../../../shared/model";
import { AppBar } from "../../core/ui/AppBar";
import { Icon } from "../../core/ui/Icon";
import { IconButton } from "../../core/ui/IconButton";
import { useCopy } from "../../core/ui/useCopy";
import { useT } from "../../i18n/I18nProvider";
import type { Identity } from "../../sync/identity";
import type { SyncState } from "../../sync/syncState";
import { DisplayName } from "../identity";
import { BoardMetaForm } from "./boardParts";
import { ConnectionStatus } from "./ConnectionStatus";
import { PresenceCount } from "./PresenceCount";

interface Props {
  board: BoardMeta;
  sync: Pick<SyncState, "status" | "pendingCount" | "retrying" | "presence" | "role">;
  identity: Identity;
  onChangeName(): void;
  onUpdateBoard(title: string, description: string, baseVersion: number): void;
}

export function BoardHeader({ board, sync, identity, onChangeName, onUpdateBoard }: Props) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const { copied, copy } = useCopy();
  const moderator = sync.role === "moderator";
  const participantLink = `${window.location.origin}/b/${board.id}`;

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
          onSave={(title, description, baseVersion) => {
            onUpdateBoard(title, description, baseVersion);
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
            {t("board.copyLink")}
          </button>
          <output className="copy-done" aria-live="polite">
            {copied ? t("copy.done") : ""}
          </output>
        </p>
      </div>
    </header>
  );
}
