import { useId } from "react";
import type { CardDraft, CardDraftErrors, FieldError } from "../board/cardDraft";
import { useT } from "../i18n/I18nProvider";

interface Props {
  draft: CardDraft;
  errors: CardDraftErrors;
  onChange(draft: CardDraft): void;
}

/** Title, text and link of a card: shared by the add form and the editor. */
export function CardFields({ draft, errors, onChange }: Props) {
  const t = useT();
  const id = useId();
  const field = (name: keyof CardDraft) => {
    const error: FieldError | undefined = errors[name];
    return {
      id: `${id}-${name}`,
      name,
      value: draft[name],
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error ? `${id}-${name}-error` : undefined,
      onChange: (event: { target: { value: string } }) => onChange({ ...draft, [name]: event.target.value }),
    };
  };
  const errorText = (name: keyof CardDraft) => {
    const error = errors[name];
    return error ? (
      <p id={`${id}-${name}-error`} className="field-error">
        {t(error.key, error.vars)}
      </p>
    ) : null;
  };

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t("card.field.title")}</label>
        <input {...field("title")} autoComplete="off" />
        {errorText("title")}
      </div>
      <div className="field">
        <label htmlFor={`${id}-body`}>{t("card.field.body")}</label>
        <textarea {...field("body")} rows={4} />
        {errorText("body")}
      </div>
      <div className="field">
        <label htmlFor={`${id}-link`}>{t("card.field.link")}</label>
        <input {...field("link")} type="url" inputMode="url" placeholder="https://" autoComplete="off" />
        {errorText("link")}
      </div>
    </>
  );
}

/** Focuses the first field with an error, so a keyboard or screen-reader user lands on it. */
export function focusFirstError(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
}
