import { useId, useState } from "react";
import type { Impulse } from "../../../shared/features/impulses/records";
import type { MeetingsContext } from "./meetingsContext";
import { useMeetingsT } from "./useMeetingsT";

/** IMP-3: cancelling a scheduled talk, with a note its presenter reads (IMP-4). */
export function CancelTalk({ ctx, impulse, onDone }: { ctx: MeetingsContext; impulse: Impulse; onDone(): void }) {
  const t = useMeetingsT();
  const noteId = useId();
  const [note, setNote] = useState("");
  return (
    <fieldset
      className="agenda-cancel"
      data-testid="agenda-cancel"
      onKeyDown={(event) => {
        if (event.key === "Escape") onDone();
      }}
    >
      <legend className="visually-hidden">{t("meetings.agenda.cancelLabel", { title: impulse.title })}</legend>
      <div className="field">
        <label htmlFor={noteId}>{t("meetings.agenda.cancelNote")}</label>
        <input
          id={noteId}
          value={note}
          // biome-ignore lint/a11y/noAutofocus: opened by the moderator's own click, to write the note
          autoFocus
          onChange={(event) => setNote(event.target.value)}
          maxLength={1000}
        />
      </div>
      <div className="form-actions">
        <button type="button" className="button button-small" onClick={onDone}>
          {t("common.cancel")}
        </button>
        <button
          type="button"
          className="button button-small button-danger"
          onClick={() => {
            ctx.actions.submit({ type: "impulse.cancel", impulseId: impulse.id, note: note.trim() });
            onDone();
          }}
        >
          {t("meetings.agenda.cancelConfirm")}
        </button>
      </div>
    </fieldset>
  );
}
