import { type FormEvent, useRef, useState } from "react";
import { MeetingDocumentOp } from "../../../shared/features/meetings/ops";
import type { Meeting } from "../../../shared/features/meetings/records";
import { checkOp, errorTexts, submitChecked } from "../../core/checkOp";
import { orNull } from "../../core/orNull";
import { Field } from "../../core/ui/Field";
import { FormActions } from "../../core/ui/FormActions";
import type { MeetingsContext } from "./meetingsContext";
import { MEETING_OP_ERRORS, type MeetingFieldErrors } from "./opErrors";
import { useMeetingsT } from "./useMeetingsT";

/** MEET-6: what moderators add after a meeting, a text and/or a link. */
export function DocumentForm({ ctx, meeting, onDone }: { ctx: MeetingsContext; meeting: Meeting; onDone(): void }) {
  const t = useMeetingsT();
  const formRef = useRef<HTMLFormElement>(null);
  const [text, setText] = useState(meeting.documentation.text);
  const [link, setLink] = useState(meeting.documentation.link ?? "");
  const [errors, setErrors] = useState<MeetingFieldErrors>({});
  const errorText = errorTexts(errors, t);

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkOp(
      MeetingDocumentOp,
      {
        type: "meeting.document",
        meetingId: meeting.id,
        text,
        link: orNull(link),
      },
      MEETING_OP_ERRORS,
    );
    if (!submitChecked(checked, formRef.current, setErrors, (op) => ctx.actions.submit(op))) return;
    onDone();
  }

  return (
    <form
      ref={formRef}
      className="meeting-document"
      aria-label={t("meetings.document.label", { theme: meeting.theme })}
      onSubmit={submit}
      noValidate
    >
      <Field label={t("meetings.document.text")} error={errorText.text}>
        <textarea rows={4} value={text} onChange={(event) => setText(event.target.value)} maxLength={5000} />
      </Field>
      <Field label={t("meetings.document.link")} error={errorText.link}>
        <input type="url" value={link} onChange={(event) => setLink(event.target.value)} />
      </Field>
      <FormActions onCancel={onDone} />
    </form>
  );
}
