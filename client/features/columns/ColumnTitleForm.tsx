import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { LIMITS } from "../../../shared/limits";
import { useT } from "../../i18n/I18nProvider";

interface Props {
  initialTitle: string;
  label: string;
  submitLabel: string;
  onSubmit(title: string): void;
  onCancel?: () => void;
  testId: string;
  focusOnMount?: boolean;
}

/** One titled field for a column: used to add a column and to rename one. */
export function ColumnTitleForm({ initialTitle, label, submitLabel, onSubmit, onCancel, testId, focusOnMount }: Props) {
  const t = useT();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState(initialTitle);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!focusOnMount) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusOnMount]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    const problem = !trimmed
      ? t("validation.columnTitleRequired")
      : trimmed.length > LIMITS.columnTitle
        ? t("validation.tooLong", { max: LIMITS.columnTitle })
        : null;
    if (problem) {
      setError(problem);
      inputRef.current?.focus();
      return;
    }
    onSubmit(trimmed);
    setTitle("");
  }

  return (
    <form
      className="column-title-form"
      data-testid={testId}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === "Escape" && onCancel) onCancel();
      }}
      noValidate
    >
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          ref={inputRef}
          id={id}
          value={title}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setTitle(event.target.value);
            setError(null);
          }}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
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
