import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { LIMITS } from "../../../shared/limits";
import { useT } from "../../i18n/I18nProvider";

interface Props {
  initialTitle: string;
  initialDescription: string;
  /** The title field's label. */
  label: string;
  submitLabel: string;
  onSubmit(title: string, description: string): void;
  onCancel?: () => void;
  testId: string;
  /** The form's accessible name, when the section around it does not give one. */
  formLabel?: string;
  focusOnMount?: boolean;
}

/** A column's title and description (COL-4): used to add a column and to edit one. */
export function ColumnForm({
  initialTitle,
  initialDescription,
  label,
  submitLabel,
  onSubmit,
  onCancel,
  testId,
  formLabel,
  focusOnMount,
}: Props) {
  const t = useT();
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  const [title, setTitle] = useState(initialTitle);
  const [description, setDescription] = useState(initialDescription);
  const [errors, setErrors] = useState<{ title?: string; description?: string }>({});

  useEffect(() => {
    if (!focusOnMount) return;
    titleRef.current?.focus();
    titleRef.current?.select();
  }, [focusOnMount]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmedTitle = title.trim();
    const trimmedDescription = description.trim();
    const next: typeof errors = {};
    if (!trimmedTitle) next.title = t("validation.columnTitleRequired");
    else if (trimmedTitle.length > LIMITS.columnTitle)
      next.title = t("validation.tooLong", { max: LIMITS.columnTitle });
    if (trimmedDescription.length > LIMITS.columnDescription) {
      next.description = t("validation.tooLong", { max: LIMITS.columnDescription });
    }
    setErrors(next);
    if (next.title) return titleRef.current?.focus();
    if (next.description) return descriptionRef.current?.focus();
    onSubmit(trimmedTitle, trimmedDescription);
    setTitle("");
    setDescription("");
  }

  const left = LIMITS.columnDescription - description.trim().length;
  const hintId = `${id}-description-hint`;
  const descriptionErrorId = `${id}-description-error`;

  return (
    <form
      className="column-form"
      data-testid={testId}
      aria-label={formLabel}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === "Escape" && onCancel) onCancel();
      }}
      noValidate
    >
      <div className="field">
        <label htmlFor={`${id}-title`}>{label}</label>
        <input
          ref={titleRef}
          id={`${id}-title`}
          value={title}
          autoComplete="off"
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? `${id}-title-error` : undefined}
          onChange={(event) => {
            setTitle(event.target.value);
            setErrors(({ description }) => ({ description }));
          }}
        />
        {errors.title && (
          <p id={`${id}-title-error`} className="field-error">
            {errors.title}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t("column.field.description")}</label>
        <textarea
          ref={descriptionRef}
          id={`${id}-description`}
          value={description}
          rows={3}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? `${descriptionErrorId} ${hintId}` : hintId}
          onChange={(event) => {
            setDescription(event.target.value);
            setErrors(({ title }) => ({ title }));
          }}
        />
        <p id={hintId} className="field-hint" data-testid="column-description-hint">
          {t("column.field.descriptionHint", { max: LIMITS.columnDescription })}{" "}
          {t(left >= 0 ? "column.field.left" : "column.field.over", { count: Math.abs(left) })}
        </p>
        {errors.description && (
          <p id={descriptionErrorId} className="field-error">
            {errors.description}
          </p>
        )}
      </div>
      <div className="form-actions">
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        )}
        <button type="submit" className="button button-primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
