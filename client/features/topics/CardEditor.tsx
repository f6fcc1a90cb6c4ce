import { type FormEvent, useId, useRef, useState } from "react";
import type { Card } from "../../../shared/model";
import { focusFirstError } from "../../core/ui/focus";
import { useT } from "../../i18n/I18nProvider";
import { useBoardUi } from "../board";
import { CardFields } from "./CardFields";
import { CardText } from "./CardText";
import { draftToContent, validateDraft } from "./cardKinds/registry";
import { hasErrors } from "./cardKinds/validation";
import type { EditorDraft } from "./editorDrafts";
import { useEditorDrafts } from "./editorDraftsContext";

interface Props {
  card: Card;
  draft: EditorDraft;
  onDone(): void;
}

/**
 * Edits a card in place. When someone else saved the card meanwhile (seen live, or answered by the
 * server as a conflict), shows their version next to the user's draft, which stays in the form.
 */
export function CardEditor({ card, draft, onDone }: Props) {
  const t = useT();
  const ui = useBoardUi();
  const drafts = useEditorDrafts();
  const formRef = useRef<HTMLFormElement>(null);
  const conflictId = useId();
  const [showErrors, setShowErrors] = useState(false);
  const errors = validateDraft(draft.fields);
  // The newer copy to merge with: the server's answer, or the live card if it changed while editing.
  const newer = draft.conflict ?? (card.version !== draft.baseVersion ? card : null);

  function save(event: FormEvent) {
    event.preventDefault();
    if (hasErrors(errors)) {
      setShowErrors(true);
      focusFirstError(formRef.current);
      return;
    }
    ui.actions.editCard(card.id, newer ? newer.version : draft.baseVersion, draftToContent(draft.fields));
    drafts.close(card.id);
    onDone();
  }

  function takeTheirs() {
    if (!newer) return;
    drafts.close(card.id);
    drafts.open(card.version >= newer.version ? card : newer);
  }

  function cancel() {
    drafts.close(card.id);
    onDone();
  }

  return (
    <form
      ref={formRef}
      className="card-editor"
      aria-label={t("editor.label", { title: draft.cardTitle })}
      aria-describedby={newer ? conflictId : undefined}
      data-testid="card-editor"
      onSubmit={save}
      onKeyDown={(event) => {
        if (event.key === "Escape" && !newer) cancel();
      }}
      noValidate
    >
      {newer && (
        <div id={conflictId} className="conflict" role="alert" data-testid="conflict">
          <p className="conflict-title">{t("editor.conflict.title")}</p>
          <p>{t("editor.conflict.explain")}</p>
          <div className="conflict-current" data-testid="conflict-current">
            <CardText content={newer.content} asHeading={false} />
          </div>
          <button type="button" className="button button-small" onClick={takeTheirs}>
            {t("editor.conflict.takeTheirs")}
          </button>
        </div>
      )}
      <CardFields
        draft={draft.fields}
        errors={showErrors ? errors : {}}
        onChange={(fields) => drafts.change(card.id, fields)}
      />
      <div className="form-actions">
        <button type="button" className="button" onClick={cancel}>
          {t(newer ? "editor.discardMine" : "common.cancel")}
        </button>
        <button type="submit" className="button button-primary">
          {t(newer ? "editor.saveMine" : "common.save")}
        </button>
      </div>
    </form>
  );
}
