import { type FormEvent, useId, useState } from "react";
import { LIMITS } from "../../../shared/limits";
import { Dialog } from "../../core/ui/Dialog";
import { useT } from "../../i18n/I18nProvider";

interface Props {
  open: boolean;
  /** "post": asked before the first card; "change": opened from the name button. */
  mode: "post" | "change";
  initialName: string;
  /** A name, or null for anonymous. */
  onChoose(name: string | null): void;
  onCancel(): void;
}

export function NameDialog({ open, mode, initialName, onChoose, onCancel }: Props) {
  const t = useT();
  const titleId = useId();
  const inputId = useId();
  const errorId = useId();
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError(t("name.required"));
    if (trimmed.length > LIMITS.authorName) return setError(t("validation.tooLong", { max: LIMITS.authorName }));
    onChoose(trimmed);
  }

  return (
    <Dialog open={open} labelledBy={titleId} onCancel={onCancel}>
      <form className="name-form" onSubmit={submit} noValidate>
        <h2 id={titleId}>{t(mode === "post" ? "name.titlePost" : "name.titleChange")}</h2>
        <p>{t("name.explain")}</p>
        <div className="field">
          <label htmlFor={inputId}>{t("name.label")}</label>
          <input
            id={inputId}
            data-testid="name-input"
            autoComplete="nickname"
            value={name}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
          />
          {error && (
            <p id={errorId} className="field-error">
              {error}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t("common.cancel")}
          </button>
          <button type="button" className="button" onClick={() => onChoose(null)}>
            {t(mode === "post" ? "name.postAnonymously" : "name.beAnonymous")}
          </button>
          <button type="submit" className="button button-primary">
            {t(mode === "post" ? "name.postWithName" : "name.save")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
