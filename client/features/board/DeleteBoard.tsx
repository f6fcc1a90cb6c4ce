import { useState } from "react";
import { ConfirmDialog } from "../../core/ui/confirmDialogPart";
import { useT } from "../../i18n/I18nProvider";

interface Props {
  title: string;
  /** Deletes the board; false when the server did not. */
  onDelete(): Promise<boolean>;
}

/** OPS-5: the moderator's way to delete the board, behind a confirmation that says what goes. */
export function DeleteBoard({ title, onDelete }: Props) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <div className="danger-zone">
      <button
        type="button"
        className="button button-danger"
        aria-haspopup="dialog"
        data-testid="board-delete"
        onClick={() => setConfirming(true)}
      >
        {t("board.delete.open")}
      </button>
      {failed && (
        <p className="field-error" role="alert">
          {t("board.delete.failed")}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          open
          title={t("board.delete.title", { title })}
          message={t("board.delete.message")}
          confirmLabel={t("board.delete.confirm")}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            setFailed(false);
            void onDelete().then((deleted) => setFailed(!deleted));
          }}
        />
      )}
    </div>
  );
}
