import { type FormEvent, useId, useRef, useState } from "react";
import { FormActions } from "../../core/ui/FormActions";
import { focusFirstError } from "../../core/ui/focus";
import { Icon } from "../../core/ui/Icon";
import { useT } from "../../i18n/I18nProvider";
import { useBoardUi } from "../board";
import { CardFields } from "./CardFields";
import { type CardDraft, sameDraft } from "./cardKinds/drafts";
import { DEFAULT_CARD_KIND, draftToContent, emptyDraft, validateDraft } from "./cardKinds/registry";
import { hasErrors } from "./cardKinds/validation";

interface Props {
  columnId: string;
  columnTitle: string;
  /** The column is locked for this user (MOD-7): no form, while the words typed so far stay for later. */
  locked?: boolean;
}

/** The "add card" form at the foot of a column; folded away until asked for. */
export function CardForm({ columnId, columnTitle, locked = false }: Props) {
  const t = useT();
  const ui = useBoardUi();
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  // Kept while folded, so closing the form by mistake loses nothing.
  const [draft, setDraft] = useState<CardDraft>(() => emptyDraft(DEFAULT_CARD_KIND));
  const [showErrors, setShowErrors] = useState(false);
  const errors = validateDraft(draft);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (hasErrors(errors)) {
      setShowErrors(true);
      focusFirstError(formRef.current);
      return;
    }
    const posted = await ui.postCard(columnId, draftToContent(draft));
    if (!posted) return;
    setDraft(emptyDraft(draft.kind));
    setShowErrors(false);
    setOpen(false);
    requestAnimationFrame(() => openerRef.current?.focus());
  }

  function close() {
    setOpen(false);
    requestAnimationFrame(() => openerRef.current?.focus());
  }

  if (locked) return null;
  if (!open) {
    return (
      <button
        ref={openerRef}
        type="button"
        className="button add-card-button"
        aria-expanded={false}
        aria-controls={formId}
        data-testid="add-card-button"
        onClick={() => {
          setOpen(true);
          requestAnimationFrame(() => formRef.current?.querySelector("input")?.focus());
        }}
      >
        <Icon name="plus" />
        {t(sameDraft(draft, emptyDraft(draft.kind)) ? "cardForm.open" : "cardForm.openDraft")}
      </button>
    );
  }

  return (
    <form
      ref={formRef}
      id={formId}
      className="card-form"
      aria-label={t("cardForm.label", { column: columnTitle })}
      data-testid="add-card-form"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === "Escape") close();
      }}
      noValidate
    >
      <CardFields draft={draft} errors={showErrors ? errors : {}} onChange={setDraft} />
      <FormActions onCancel={close} submitLabel={t("cardForm.submit")} />
    </form>
  );
}
