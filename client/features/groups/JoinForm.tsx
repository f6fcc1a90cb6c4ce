import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { WorkingGroup } from "../../../shared/features/groups";
import { GroupJoinOp } from "../../../shared/features/groups/ops";
import type { BusinessCard } from "../../../shared/features/networking/records";
import { newId } from "../../../shared/ids";
import { LIMITS } from "../../../shared/limits";
import type { Op } from "../../../shared/ops";
import { checkOp, errorTexts, type FieldErrors, submitChecked } from "../../core/checkOp";
import { Field } from "../../core/ui/Field";
import { FormActions } from "../../core/ui/FormActions";
import type { GroupsKey, GroupsTranslate } from "./useGroupsT";

const JOIN_ERRORS = {
  messageFor(field: string): GroupsKey {
    if (field === "name") return "groups.error.name";
    if (field === "contact") return "groups.error.contact";
    return "groups.error.invalid";
  },
};

/**
 * AG-2: "Ich mache mit": the name prefilled from the display name, or one's business card on the
 * wall; an optional contact for the conveners, sent only with the consent ticked (its words go into
 * the op). Checked with the op's own schema.
 */
export function JoinForm({
  t,
  group,
  displayName,
  ownCard,
  submit,
  onDone,
}: {
  t: GroupsTranslate;
  group: WorkingGroup;
  displayName: string;
  ownCard: BusinessCard | null;
  submit(op: Op): void;
  onDone(joined: boolean): void;
}) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [asCard, setAsCard] = useState(ownCard !== null);
  const [name, setName] = useState(ownCard?.name ?? displayName);
  const [contact, setContact] = useState("");
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<FieldErrors<GroupsKey>>({});
  const errorText = errorTexts(errors, t);

  useEffect(() => formRef.current?.querySelector<HTMLInputElement>("input")?.focus(), []);

  function send(event: FormEvent) {
    event.preventDefault();
    const given = contact.trim();
    if (given !== "" && !consent) {
      setErrors({ consent: "groups.error.consent" });
      formRef.current?.querySelector<HTMLInputElement>(`#${CSS.escape(`${id}-consent`)}`)?.focus();
      return;
    }
    const card = asCard ? ownCard : null;
    const op = {
      type: "group.join",
      groupId: group.id,
      membershipId: newId(),
      name: card ? card.name : name,
      businessCardId: card?.id ?? null,
      contact: given === "" ? null : given,
      consent: given === "" ? null : { text: t("groups.form.consent"), given: true },
    };
    if (submitChecked(checkOp(GroupJoinOp, op, JOIN_ERRORS), formRef.current, setErrors, submit)) onDone(true);
  }

  return (
    <form ref={formRef} className="group-form" aria-labelledby={`${id}-heading`} onSubmit={send} noValidate>
      <h4 id={`${id}-heading`}>{t("groups.joinIn", { name: group.name })}</h4>
      {ownCard && (
        <div className="group-check">
          <input
            id={`${id}-card`}
            type="checkbox"
            checked={asCard}
            data-testid="group-join-card"
            onChange={(event) => setAsCard(event.target.checked)}
          />
          <label htmlFor={`${id}-card`}>
            {t("groups.form.asCard")} ({ownCard.name})
          </label>
        </div>
      )}
      {!(asCard && ownCard) && (
        <Field label={t("groups.form.name")} error={errorText.name}>
          <input
            value={name}
            maxLength={LIMITS.personName}
            autoComplete="name"
            data-testid="group-join-name"
            onChange={(event) => setName(event.target.value)}
          />
        </Field>
      )}
      <Field label={t("groups.form.contact")} hint={t("groups.form.contactHint")} error={errorText.contact}>
        <input
          value={contact}
          maxLength={LIMITS.groupContact}
          autoComplete="email"
          data-testid="group-join-contact"
          onChange={(event) => setContact(event.target.value)}
        />
      </Field>
      {contact.trim() !== "" && (
        <div className="group-check">
          <input
            id={`${id}-consent`}
            type="checkbox"
            checked={consent}
            aria-invalid={errorText.consent ? true : undefined}
            aria-describedby={errorText.consent ? `${id}-consent-error` : undefined}
            data-testid="group-join-consent"
            onChange={(event) => setConsent(event.target.checked)}
          />
          <label htmlFor={`${id}-consent`}>{t("groups.form.consent")}</label>
          {errorText.consent && (
            <p className="field-error" id={`${id}-consent-error`}>
              {errorText.consent}
            </p>
          )}
        </div>
      )}
      <FormActions onCancel={() => onDone(false)} submitLabel={t("groups.form.join")} />
    </form>
  );
}
