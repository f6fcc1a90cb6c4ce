import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { LIMITS } from "../../../shared/limits";
import { BOARD_VIEWS, type BoardMeta, type BoardView, boardViews } from "../../../shared/model";
import { FormActions } from "../../core/ui/FormActions";
import { useT } from "../../i18n/I18nProvider";
import { DeleteBoard } from "./DeleteBoard";

interface Props {
  board: BoardMeta;
  onSave(title: string, description: string, views: BoardView[], baseVersion: number): void;
  onCancel(): void;
  /** Deletes the board (OPS-5); false when the server did not. */
  onDelete?(): Promise<boolean>;
}

/** The views in the board's order: the start view first, then the others as BOARD_VIEWS lists them. */
export function orderedViews(shown: ReadonlySet<BoardView>, start: BoardView): BoardView[] {
  return [start, ...BOARD_VIEWS.filter((view) => view !== start && shown.has(view))];
}

/** The moderator's form for the board's title, description and views (VIEW-2). */
export function BoardMetaForm({ board, onSave, onCancel, onDelete }: Props) {
  const t = useT();
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  // The version the edit starts from: a change by someone else meanwhile is answered as a conflict.
  const [baseVersion] = useState(board.version);
  const [title, setTitle] = useState(board.title);
  const [description, setDescription] = useState(board.description);
  const [shown, setShown] = useState<ReadonlySet<BoardView>>(() => new Set(boardViews(board)));
  const [start, setStart] = useState<BoardView>(() => boardViews(board)[0]);
  const [errors, setErrors] = useState<{ title?: string; description?: string; views?: string }>({});

  function toggle(view: BoardView, on: boolean) {
    const next = new Set(shown);
    if (on) next.add(view);
    else next.delete(view);
    setShown(next);
    // The start view is always one of those shown.
    if (!next.has(start)) {
      const other = BOARD_VIEWS.find((each) => next.has(each));
      if (other) setStart(other);
    }
  }

  useEffect(() => titleRef.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: typeof errors = {};
    if (!title.trim()) next.title = t("validation.boardTitleRequired");
    else if (title.trim().length > LIMITS.boardTitle) next.title = t("validation.tooLong", { max: LIMITS.boardTitle });
    if (description.trim().length > LIMITS.boardDescription) {
      next.description = t("validation.tooLong", { max: LIMITS.boardDescription });
    }
    if (shown.size === 0) next.views = t("validation.viewsRequired");
    setErrors(next);
    if (next.title) return titleRef.current?.focus();
    if (next.description || next.views) return;
    onSave(title.trim(), description.trim(), orderedViews(shown, start), baseVersion);
  }

  return (
    <form
      className="board-meta-form"
      data-testid="board-meta-form"
      aria-label={t("board.editLabel")}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
      noValidate
    >
      <div className="field">
        <label htmlFor={`${id}-title`}>{t("board.field.title")}</label>
        <input
          ref={titleRef}
          id={`${id}-title`}
          value={title}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? `${id}-title-error` : undefined}
          onChange={(event) => setTitle(event.target.value)}
        />
        {errors.title && (
          <p id={`${id}-title-error`} className="field-error">
            {errors.title}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t("board.field.description")}</label>
        <textarea
          id={`${id}-description`}
          value={description}
          rows={3}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? `${id}-description-error` : undefined}
          onChange={(event) => setDescription(event.target.value)}
        />
        {errors.description && (
          <p id={`${id}-description-error`} className="field-error">
            {errors.description}
          </p>
        )}
      </div>
      <fieldset
        className="board-views"
        aria-describedby={errors.views ? `${id}-views-hint ${id}-views-error` : `${id}-views-hint`}
        data-testid="board-views"
      >
        <legend>{t("board.field.views")}</legend>
        <p id={`${id}-views-hint`} className="field-hint">
          {t("board.field.viewsHint")}
        </p>
        {BOARD_VIEWS.map((view) => (
          <label key={view} className="check">
            <input
              type="checkbox"
              checked={shown.has(view)}
              data-testid={`board-view-${view}`}
              onChange={(event) => toggle(view, event.target.checked)}
            />
            {t(`views.${view}`)}
          </label>
        ))}
        {shown.size > 1 && (
          <div className="field">
            <label htmlFor={`${id}-start`}>{t("board.field.firstView")}</label>
            <select
              id={`${id}-start`}
              value={start}
              data-testid="board-first-view"
              onChange={(event) => setStart(event.target.value as BoardView)}
            >
              {BOARD_VIEWS.filter((view) => shown.has(view)).map((view) => (
                <option key={view} value={view}>
                  {t(`views.${view}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        {errors.views && (
          <p id={`${id}-views-error`} className="field-error">
            {errors.views}
          </p>
        )}
      </fieldset>
      <FormActions onCancel={onCancel} />
      {onDelete && <DeleteBoard title={board.title} onDelete={onDelete} />}
    </form>
  );
}
