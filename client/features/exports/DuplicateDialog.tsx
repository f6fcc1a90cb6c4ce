import { type FormEvent, useId, useState } from "react";
import type { CreatedBoard } from "../../../shared/api";
import { LIMITS } from "../../../shared/limits";
import { Dialog } from "../../core/ui/Dialog";
import { Field } from "../../core/ui/Field";
import { CreatedBoardLinks } from "../boards";
import { duplicateBoard } from "./duplicate";
import { useExportsT } from "./useExportsT";

interface Props {
  open: boolean;
  boardId: string;
  boardTitle: string;
  moderatorKey: string;
  onClose(): void;
}

/**
 * TPL-3: a moderator duplicates the board as a template (with or without its cards) and gets the
 * new board's two links, as after creating one on the start page.
 */
export function DuplicateDialog({ open, boardId, boardTitle, moderatorKey, onClose }: Props) {
  const t = useExportsT();
  const id = useId();
  const [title, setTitle] = useState(() =>
    t("duplicate.nameDefault", { title: boardTitle }).slice(0, LIMITS.boardTitle),
  );
  const [cards, setCards] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [titleError, setTitleError] = useState<string | undefined>();
  // Shown once an instance refused without its admin token (OPS-4).
  const [adminToken, setAdminToken] = useState<string | null>(null);
  const [created, setCreated] = useState<{ board: CreatedBoard; title: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const wanted = title.trim();
    if (!wanted) {
      setTitleError(t("duplicate.required"));
      return;
    }
    setTitleError(undefined);
    setBusy(true);
    setError(null);
    const result = await duplicateBoard(boardId, moderatorKey, { title: wanted, cards, adminToken });
    setBusy(false);
    if (result.ok) {
      setCreated({ board: result.board, title: wanted });
      return;
    }
    if (result.code === "forbidden" && adminToken === null) setAdminToken("");
    setError(t("duplicate.failed", { code: result.code }));
  }

  return (
    <Dialog open={open} labelledBy={`${id}-title`} onCancel={onClose} className="dialog-duplicate">
      <div data-testid="duplicate-dialog">
        <h2 id={`${id}-title`}>{t("duplicate.title")}</h2>
        {created ? (
          <>
            <CreatedBoardLinks board={created.board} title={created.title} />
            <div className="form-actions">
              <button type="button" className="button" onClick={onClose}>
                {t("duplicate.close")}
              </button>
            </div>
          </>
        ) : (
          <form onSubmit={(event) => void submit(event)} noValidate>
            <p>{t("duplicate.intro")}</p>
            <Field label={t("duplicate.name")} error={titleError}>
              <input
                value={title}
                maxLength={LIMITS.boardTitle}
                autoComplete="off"
                data-testid="duplicate-title"
                onChange={(event) => setTitle(event.target.value)}
              />
            </Field>
            <label className="check">
              <input
                type="checkbox"
                checked={cards}
                data-testid="duplicate-cards"
                onChange={(event) => setCards(event.target.checked)}
              />
              {t("duplicate.cards")}
            </label>
            {adminToken !== null && (
              <Field label={t("duplicate.adminToken")} hint={t("duplicate.adminTokenHint")}>
                <input
                  type="password"
                  value={adminToken}
                  autoComplete="off"
                  data-testid="duplicate-admin-token"
                  onChange={(event) => setAdminToken(event.target.value)}
                />
              </Field>
            )}
            {error && (
              <p className="alert" role="alert" data-testid="duplicate-error">
                {error}
              </p>
            )}
            <div className="form-actions">
              <button type="button" className="button" onClick={onClose}>
                {t("duplicate.cancel")}
              </button>
              <button type="submit" className="button button-primary" disabled={busy} data-testid="duplicate-submit">
                {t(busy ? "duplicate.working" : "duplicate.submit")}
              </button>
            </div>
          </form>
        )}
      </div>
    </Dialog>
  );
}
