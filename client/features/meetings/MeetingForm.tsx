import { type FormEvent, useRef, useState } from "react";
import { MeetingAddOp, MeetingUpdateOp } from "../../../shared/features/meetings/ops";
import type { Meeting } from "../../../shared/features/meetings/records";
import { newId } from "../../../shared/ids";
import type { Card } from "../../../shared/model";
import { checkOp, errorTexts, submitChecked } from "../../core/checkOp";
import { orNull } from "../../core/orNull";
import { Field } from "../../core/ui/Field";
import { FormActions } from "../../core/ui/FormActions";
import type { MeetingsContext } from "./meetingsContext";
import { MEETING_OP_ERRORS, type MeetingFieldErrors } from "./opErrors";
import { formatMeetingDate } from "./schedule";
import { useMeetingsT } from "./useMeetingsT";

interface Props {
  ctx: MeetingsContext;
  /** The meeting to edit; none: a new one. */
  meeting?: Meeting;
  cards: readonly Card[];
  onDone(): void;
}

const blank = {
  theme: "",
  description: "",
  date: "",
  startTime: "18:00",
  endTime: "20:00",
  place: "",
  onlineLink: "",
  slots: "3",
  registration: "open",
  capacity: "",
  themeCardId: "",
};

type Draft = typeof blank;

function draftOf(meeting: Meeting): Draft {
  return {
    theme: meeting.theme,
    description: meeting.description,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
    onlineLink: meeting.onlineLink ?? "",
    slots: String(meeting.slots),
    registration: meeting.registration,
    capacity: meeting.capacity === null ? "" : String(meeting.capacity),
    themeCardId: meeting.themeCardId ?? "",
  };
}

const numberOf = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

/** MEET-1: a moderator adds a meeting or edits one (the edit carries the version it was based on). */
export function MeetingForm({ ctx, meeting, cards, onDone }: Props) {
  const t = useMeetingsT();
  const formRef = useRef<HTMLFormElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<Draft>(() => (meeting ? draftOf(meeting) : blank));
  // The version the moderator saw when starting to edit; a newer one on save is a conflict.
  const [baseVersion, setBaseVersion] = useState(meeting?.version ?? 0);
  // MEET-UI-7: someone else saved this meeting meanwhile; the draft stays, and the moderator chooses.
  const changedMeanwhile = meeting && meeting.version !== baseVersion ? meeting : null;
  const [errors, setErrors] = useState<MeetingFieldErrors>({});
  const errorText = errorTexts(errors, t);
  const set = (field: keyof Draft) => (event: { target: { value: string } }) =>
    setDraft((last) => ({ ...last, [field]: event.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    // Saved now, it would be refused and the form would close: the moderator chooses first.
    if (changedMeanwhile) return conflictRef.current?.focus();
    const fields = {
      theme: draft.theme,
      description: draft.description,
      date: draft.date,
      startTime: draft.startTime,
      endTime: draft.endTime,
      place: draft.place,
      onlineLink: orNull(draft.onlineLink),
      slots: numberOf(draft.slots),
      registration: draft.registration,
      capacity: draft.capacity.trim() === "" ? null : numberOf(draft.capacity),
      themeCardId: orNull(draft.themeCardId),
    };
    const checked = meeting
      ? checkOp(
          MeetingUpdateOp,
          { type: "meeting.update", meetingId: meeting.id, baseVersion, ...fields },
          MEETING_OP_ERRORS,
        )
      : checkOp(MeetingAddOp, { type: "meeting.add", meetingId: newId(), ...fields }, MEETING_OP_ERRORS);
    if (!submitChecked(checked, formRef.current, setErrors, (op) => ctx.actions.submit(op))) return;
    onDone();
  }

  return (
    <form
      ref={formRef}
      className="meeting-form panel"
      aria-label={meeting ? t("meetings.form.editLabel", { theme: meeting.theme }) : t("meetings.form.addLabel")}
      data-testid="meeting-form"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === "Escape") onDone();
      }}
      noValidate
    >
      {changedMeanwhile && (
        <div ref={conflictRef} tabIndex={-1} className="conflict" role="alert" data-testid="meeting-conflict">
          <p className="conflict-title">{t("meetings.form.changedMeanwhile")}</p>
          <p>
            {t("meetings.form.theirVersion", {
              theme: changedMeanwhile.theme,
              date: formatMeetingDate(changedMeanwhile.date, ctx.language),
              start: changedMeanwhile.startTime,
              end: changedMeanwhile.endTime,
            })}
          </p>
          <div className="form-actions">
            <button
              type="button"
              onClick={() => {
                setDraft(draftOf(changedMeanwhile));
                setBaseVersion(changedMeanwhile.version);
              }}
            >
              {t("meetings.form.takeTheirs")}
            </button>
            <button type="button" onClick={() => setBaseVersion(changedMeanwhile.version)}>
              {t("meetings.form.keepMine")}
            </button>
          </div>
        </div>
      )}
      <Field label={t("meetings.field.theme")} error={errorText.theme}>
        <input value={draft.theme} onChange={set("theme")} maxLength={200} />
      </Field>
      <Field label={t("meetings.field.description")} error={errorText.description}>
        <textarea rows={3} value={draft.description} onChange={set("description")} maxLength={2000} />
      </Field>
      <div className="field-row">
        <Field label={t("meetings.field.date")} error={errorText.date}>
          <input type="date" value={draft.date} onChange={set("date")} />
        </Field>
        <Field label={t("meetings.field.start")} error={errorText.startTime}>
          <input type="time" value={draft.startTime} onChange={set("startTime")} />
        </Field>
        <Field label={t("meetings.field.end")} error={errorText.endTime}>
          <input type="time" value={draft.endTime} onChange={set("endTime")} />
        </Field>
      </div>
      <Field label={t("meetings.field.place")} error={errorText.place}>
        <input value={draft.place} onChange={set("place")} maxLength={300} />
      </Field>
      <Field label={t("meetings.field.onlineLink")} error={errorText.onlineLink}>
        <input type="url" inputMode="url" value={draft.onlineLink} onChange={set("onlineLink")} />
      </Field>
      <div className="field-row">
        <Field label={t("meetings.field.slots")} error={errorText.slots}>
          <input type="number" min={0} max={10} value={draft.slots} onChange={set("slots")} />
        </Field>
        <Field label={t("meetings.field.capacity")} error={errorText.capacity}>
          <input type="number" min={1} value={draft.capacity} onChange={set("capacity")} />
        </Field>
      </div>
      <Field label={t("meetings.field.registration")} error={errorText.registration}>
        <select value={draft.registration} onChange={set("registration")}>
          <option value="open">{t("meetings.registration.open")}</option>
          <option value="soon">{t("meetings.registration.soon")}</option>
          <option value="closed">{t("meetings.registration.closed")}</option>
        </select>
      </Field>
      <Field label={t("meetings.field.themeCard")} error={errorText.themeCardId}>
        <select value={draft.themeCardId} onChange={set("themeCardId")}>
          <option value="">{t("meetings.field.noThemeCard")}</option>
          {cards.map((card) => (
            <option key={card.id} value={card.id}>
              {ctx.labelOf(card)}
            </option>
          ))}
        </select>
      </Field>
      <FormActions onCancel={onDone} />
    </form>
  );
}
