import { type FormEvent, useRef, useState } from "react";
import { RegistrationAddOp } from "../../../shared/features/meetings/ops";
import type { Meeting, Registration } from "../../../shared/features/meetings/records";
import { newId } from "../../../shared/ids";
import { checkOp, errorTexts, submitChecked } from "../../core/checkOp";
import { Field } from "../../core/ui/Field";
import { FormActions } from "../../core/ui/FormActions";
import { useIdentity } from "../../sync/identity";
import type { MeetingsContext } from "./meetingsContext";
import { MEETING_OP_ERRORS, type MeetingFieldErrors } from "./opErrors";
import { useMeetingsT } from "./useMeetingsT";

/** MEET-3/4: register for a meeting with a name and an email, see one's place, cancel. */
export function RegisterPanel({ ctx, meeting, mine }: { ctx: MeetingsContext; meeting: Meeting; mine?: Registration }) {
  const t = useMeetingsT();
  const identity = useIdentity();
  const formRef = useRef<HTMLFormElement>(null);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(() => (identity.chosen ? (identity.name ?? "") : ""));
  const [email, setEmail] = useState("");
  const [errors, setErrors] = useState<MeetingFieldErrors>({});
  const errorText = errorTexts(errors, t);

  if (mine) {
    return (
      <div className="meeting-registered" data-testid="my-registration" data-status={mine.status}>
        <p role="status" data-testid="my-registration-status">
          {mine.status === "registered"
            ? t("meetings.register.registered")
            : typeof mine.position === "number"
              ? t("meetings.register.waitingAt", { position: mine.position })
              : // Stored before positions existed: the public count is all there is.
                t("meetings.register.waiting", { waiting: meeting.waiting })}
        </p>
        <button
          type="button"
          className="button button-small"
          onClick={() => ctx.actions.submit({ type: "registration.cancel", registrationId: mine.id })}
        >
          {t("meetings.register.cancel")}
        </button>
      </div>
    );
  }
  if (meeting.status === "cancelled" || meeting.registration !== "open") return null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkOp(
      RegistrationAddOp,
      {
        type: "registration.add",
        registrationId: newId(),
        meetingId: meeting.id,
        name,
        email: email.trim(),
      },
      MEETING_OP_ERRORS,
    );
    if (!submitChecked(checked, formRef.current, setErrors, (op) => ctx.actions.submit(op))) return;
    setOpen(false);
    setErrors({});
  }

  if (!open) {
    return (
      <button
        type="button"
        className="button button-primary"
        data-testid="register-open"
        aria-expanded={false}
        onClick={() => {
          setOpen(true);
          requestAnimationFrame(() => formRef.current?.querySelector("input")?.focus());
        }}
      >
        {t("meetings.register.open")}
      </button>
    );
  }
  return (
    <form
      ref={formRef}
      className="meeting-register"
      aria-label={t("meetings.register.label", { theme: meeting.theme })}
      data-testid="register-form"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === "Escape") setOpen(false);
      }}
      noValidate
    >
      <Field label={t("meetings.register.name")} error={errorText.name}>
        <input value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" maxLength={100} />
      </Field>
      <Field label={t("meetings.register.email")} error={errorText.email} hint={t("meetings.register.privacy")}>
        <input
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          autoComplete="email"
          maxLength={254}
        />
      </Field>
      <FormActions onCancel={() => setOpen(false)} submitLabel={t("meetings.register.submit")} />
    </form>
  );
}
