import { useId, useMemo, useRef, useState } from "react";
import type { BoardState } from "../../../shared/boardState";
import type { ModeratorInvite } from "../../../shared/features/comoderators";
import type { Op } from "../../../shared/ops";
import { CopyField } from "../../core/ui/CopyField";
import { Dialog } from "../../core/ui/Dialog";
import { browserStorage } from "../../sync/storage";
import { InviteForm } from "./InviteForm";
import { InviteList } from "./InviteList";
import { moderatorLinkUrl, previewUrl, writeInviteSecret } from "./links";
import { useComoderatorsT } from "./useComoderatorsT";
import "./comoderators.css";

interface Props {
  boardId: string;
  board: BoardState;
  /** The key the page joined with: the board's own, or a co-moderator link's (AUTH-3). */
  moderatorKey: string;
  /** Set when that key is a co-moderator link's (COMOD-4): such a page manages no links. */
  moderatorInviteId: string | null;
  submit(op: Op): void;
}

const byCreation = (a: ModeratorInvite, b: ModeratorInvite) => a.createdAt - b.createdAt || a.id.localeCompare(b.id);

/**
 * The header's "Moderation" button for moderators and its dialog: copy the moderator link (COMOD-1),
 * open the participants' preview (COMOD-6), and, with the board's own key, make and revoke
 * co-moderator links (COMOD-2..4).
 */
export function ModeratorLinks({ boardId, board, moderatorKey, moderatorInviteId, submit }: Props) {
  const t = useComoderatorsT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState("");
  const buttonRef = useRef<HTMLButtonElement>(null);
  const storage = useMemo(() => browserStorage(), []);
  const owner = moderatorInviteId === null;
  const invites = useMemo(
    () => Object.values((board.moderatorInvite ?? {}) as Record<string, ModeratorInvite>).sort(byCreation),
    [board.moderatorInvite],
  );
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="no-print">
      <button
        ref={buttonRef}
        type="button"
        className="button button-small"
        aria-haspopup="dialog"
        data-testid="moderator-links-open"
        onClick={() => setOpen(true)}
      >
        {t("comod.open")}
      </button>
      <Dialog open={open} labelledBy={`${id}-title`} onCancel={close}>
        <div className="moderator-links" data-testid="moderator-links">
          <h2 id={`${id}-title`}>{t("comod.title")}</h2>
          <CopyField
            label={t(owner ? "comod.ownLink" : "comod.yourLink")}
            copyLabel={t("comod.copyOwnLink")}
            value={moderatorLinkUrl(window.location.origin, boardId, moderatorKey)}
            testId="moderator-link"
          />
          <p className="field-hint">{t("comod.linkHint")}</p>
          <p>
            <a
              href={previewUrl(window.location.origin, boardId)}
              target="_blank"
              rel="noopener"
              data-testid="preview-link"
            >
              {t("comod.preview")}
            </a>{" "}
            <span className="field-hint">{t("comod.previewHint")}</span>
          </p>
          <section aria-labelledby={`${id}-invites`}>
            <h3 id={`${id}-invites`}>{t("comod.invites")}</h3>
            {owner ? (
              <>
                <p>{t("comod.invitesIntro")}</p>
                <InviteForm boardId={boardId} storage={storage} submit={submit} />
                <InviteList
                  boardId={boardId}
                  invites={invites}
                  storage={storage}
                  onRevoke={(invite) => {
                    submit({ type: "moderatorInvite.revoke", inviteId: invite.id });
                    writeInviteSecret(storage, boardId, invite.id, null);
                    setStatus(t("comod.revoked", { label: invite.label }));
                  }}
                />
              </>
            ) : (
              <p>{t("comod.onlyOwner")}</p>
            )}
            <output aria-live="polite" data-testid="invite-status">
              {status}
            </output>
          </section>
          <p className="page-actions">
            <button type="button" className="button" onClick={close}>
              {t("comod.close")}
            </button>
          </p>
        </div>
      </Dialog>
    </div>
  );
}
