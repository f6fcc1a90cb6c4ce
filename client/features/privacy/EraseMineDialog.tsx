import { useId } from "react";
import type { BoardState } from "../../../shared/boardState";
import { Dialog } from "../../core/ui/Dialog";
import { browserStorage } from "../../sync/storage";
import { forgetOwnSecrets } from "./forgetOwnSecrets";
import { NAMED_KINDS, type OwnKind, ownRecordCounts } from "./ownRecords";
import { usePrivacyT } from "./usePrivacyT";
import "./privacy.css";

interface Props {
  open: boolean;
  boardId: string;
  board: BoardState;
  /** This browser's author id on the board; null before it joined. */
  authorId: string | null;
  onConfirm(): void;
  onCancel(): void;
}

const ORDER: readonly OwnKind[] = [...NAMED_KINDS, "other"];

/**
 * DATA-2: asks before everything this browser wrote on the board goes, and says what that is (counted
 * from the board as the page holds it) and what follows. Cancel comes first, so it has the focus.
 * Confirming also drops the secrets this browser kept of the person's own records (forgetOwnSecrets).
 */
export function EraseMineDialog({ open, boardId, board, authorId, onConfirm, onCancel }: Props) {
  const t = usePrivacyT();
  const titleId = useId();
  const counts = ownRecordCounts(board, authorId);
  const kinds = ORDER.filter((kind) => (counts.get(kind) ?? 0) > 0);
  return (
    <Dialog open={open} labelledBy={titleId} onCancel={onCancel}>
      <h2 id={titleId}>{t("erase.title")}</h2>
      {kinds.length === 0 ? (
        <p>{t("erase.nothing")}</p>
      ) : (
        <>
          <p>{t("erase.intro")}</p>
          <ul className="erase-list" data-testid="erase-list">
            {kinds.map((kind) => (
              <li key={kind}>{t(`erase.kind.${kind}`, { count: counts.get(kind) ?? 0 })}</li>
            ))}
          </ul>
        </>
      )}
      <p>{t("erase.stays")}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
        <button
          type="button"
          className="button button-danger"
          data-testid="erase-confirm"
          onClick={() => {
            forgetOwnSecrets(browserStorage(), boardId);
            onConfirm();
          }}
        >
          {t("erase.confirm")}
        </button>
      </div>
    </Dialog>
  );
}
