import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { LIMITS } from "../../../shared/limits";
import type { BoardMeta } from "../../../shared/model";
import { FormActions } from "../../core/ui/FormActions";
import { useT } from "../../i18n/I18nProvider";

interface Props {
  board: BoardMeta;
  onSave(title: string, description: string, baseVersion: number): void;
  onCancel(): void;
}

/** The moderator's form for the board's title and description. */
export function BoardMetaForm({ board, onSave, onCancel }: Props) {
  const t = useT();
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  // The version the edit starts from: a change by someone else meanwhile is answered as a conflict.
  const [baseVersion] = useState(board.version);
  const [title, setTitle] = useState(board.title);
  const [description, setDescription] = useState(board.description);
  const [errors, setErrors] = useState<{ title?: string; description?: string }>({});

  useEffect(() => titleRef.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: typeof errors = {};
    if (!title.trim()) next.title = t("validation.boardTitleRequired");
    else if (title.trim().length > LIMITS.boardTitle) next.title = t("validation.tooLong", { max: LIMITS.boardTitle });
    if (description.trim().length > LIMITS.boardDescription) {
      next.description = t("validation.tooLong", { max: LIMITS.boardDescription });
    }
    setErrors(next);
    if (next.title) return titleRef.current?.focus();
    if (next.description) return;
    onSave(title.trim(), description.trim(), baseVersion);
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
      <FormActions onCancel={onCancel} />
    </form>
  );
}
