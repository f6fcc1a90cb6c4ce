import { type FormEvent, useRef, useState } from "react";
import { ImpulseEditOp, ImpulseOfferOp } from "../../../shared/features/impulses/ops";
import type { Impulse } from "../../../shared/features/impulses/records";
import type { Meeting } from "../../../shared/features/meetings/records";
import { newId } from "../../../shared/ids";
import { checkOp, errorTexts, submitChecked } from "../../core/checkOp";
import { orNull } from "../../core/orNull";
import { Field } from "../../core/ui/Field";
import { FormActions } from "../../core/ui/FormActions";
import { useIdentity } from "../../sync/identity";
import type { MeetingsContext } from "./meetingsContext";
import { MEETING_OP_ERRORS, type MeetingFieldErrors } from "./opErrors";
import { formatMeetingDate } from "./schedule";
import { useMeetingsT } from "./useMeetingsT";

/**
 * IMP-1: anyone offers an impulse talk; the moderators decide. With `impulse`, its presenter edits
 * the offer while it is undecided (IMP-2), based on the version the form was opened with.
 */
export function ImpulseForm({
  ctx,
  meetings,
  impulse,
  onDone,
}: {
  ctx: MeetingsContext;
  meetings: readonly Meeting[];
  impulse?: Impulse;
  onDone(sent: boolean): void;
}) {
  const t = useMeetingsT();
  const identity = useIdentity();
  const formRef = useRef<HTMLFormElement>(null);
  const [baseVersion] = useState(impulse?.version ?? 0);
  const [draft, setDraft] = useState(() =>
    impulse
      ? {
          title: impulse.title,
          abstract: impulse.abstract,
          presenterName: impulse.presenterName,
          organisation: impulse.organisation,
          minutes: String(impulse.minutes),
          preferredMeetingId: impulse.preferredMeetingId ?? "",
          contactEmail: impulse.contactEmail,
          noteToModerators: impulse.noteToModerators,
        }
      : {
          title: "",
          abstract: "",
          presenterName: identity.chosen ? (identity.name ?? "") : "",
          organisation: "",
          minutes: "10",
          preferredMeetingId: "",
          contactEmail: "",
          noteToModerators: "",
        },
  );
  const [errors, setErrors] = useState<MeetingFieldErrors>({});
  const errorText = errorTexts(errors, t);
  const set = (field: keyof typeof draft) => (event: { target: { value: string } }) =>
    setDraft((last) => ({ ...last, [field]: event.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields = {
      ...draft,
      contactEmail: draft.contactEmail.trim(),
      minutes: draft.minutes.trim() === "" ? Number.NaN : Number(draft.minutes),
      preferredMeetingId: orNull(draft.preferredMeetingId),
    };
    const checked = impulse
      ? checkOp(
          ImpulseEditOp,
          { type: "impulse.edit", impulseId: impulse.id, baseVersion, ...fields },
          MEETING_OP_ERRORS,
        )
      : checkOp(ImpulseOfferOp, { type: "impulse.offer", impulseId: newId(), ...fields }, MEETING_OP_ERRORS);
    if (!submitChecked(checked, formRef.current, setErrors, (op) => ctx.actions.submit(op))) return;
    onDone(true);
  }

  return (
    <form
      ref={formRef}
      className="impulse-form panel"
      aria-label={impulse ? t("meetings.impulse.editLabel", { title: impulse.title }) : t("meetings.impulse.label")}
      data-testid={impulse ? "impulse-edit-form" : "impulse-form"}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === "Escape") onDone(false);
      }}
      noValidate
    >
      <Field label={t("meetings.impulse.title")} error={errorText.title}>
        <input value={draft.title} onChange={set("title")} maxLength={200} />
      </Field>
      <Field label={t("meetings.impulse.abstract")} error={errorText.abstract}>
        <textarea rows={3} value={draft.abstract} onChange={set("abstract")} maxLength={2000} />
      </Field>
      <Field label={t("meetings.impulse.presenter")} error={errorText.presenterName}>
        <input value={draft.presenterName} onChange={set("presenterName")} autoComplete="name" maxLength={100} />
      </Field>
      <Field label={t("meetings.impulse.organisation")} error={errorText.organisation}>
        <input value={draft.organisation} onChange={set("organisation")} autoComplete="organization" />
      </Field>
      <div className="field-row">
        <Field label={t("meetings.impulse.minutes")} error={errorText.minutes}>
          <input type="number" min={5} max={60} value={draft.minutes} onChange={set("minutes")} />
        </Field>
        <Field label={t("meetings.impulse.preferred")} error={errorText.preferredMeetingId}>
          <select value={draft.preferredMeetingId} onChange={set("preferredMeetingId")}>
            <option value="">{t("meetings.impulse.anyMeeting")}</option>
            {meetings.map((meeting) => (
              <option key={meeting.id} value={meeting.id}>
                {`${formatMeetingDate(meeting.date, ctx.language)} – ${meeting.theme}`}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t("meetings.impulse.email")} error={errorText.contactEmail} hint={t("meetings.impulse.privacy")}>
        <input
          type="email"
          value={draft.contactEmail}
          onChange={set("contactEmail")}
          autoComplete="email"
          maxLength={254}
        />
      </Field>
      <Field label={t("meetings.impulse.note")} error={errorText.noteToModerators}>
        <textarea rows={2} value={draft.noteToModerators} onChange={set("noteToModerators")} maxLength={1000} />
      </Field>
      <FormActions
        onCancel={() => onDone(false)}
        submitLabel={impulse ? t("meetings.impulse.save") : t("meetings.impulse.submit")}
      />
    </form>
  );
}
