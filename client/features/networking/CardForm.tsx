import { type FormEvent, useEffect, useRef, useState } from "react";
import { BusinessCardPublishOp, BusinessCardUpdateOp } from "../../../shared/features/networking/ops";
import type { BusinessCard } from "../../../shared/features/networking/records";
import { newId } from "../../../shared/ids";
import { LIMITS } from "../../../shared/limits";
import type { Op } from "../../../shared/ops";
import { checkOp, errorTexts, submitChecked } from "../../core/checkOp";
import { canMintSecrets, mintSecret } from "../../core/secrets";
import { Field } from "../../core/ui/Field";
import { FormActions } from "../../core/ui/FormActions";
import { focusFirstError } from "../../core/ui/focus";
import { browserStorage } from "../../sync/storage";
import { ConsentCheck } from "./ConsentCheck";
import { ContactFields } from "./ContactFields";
import { type CardDraft, draftOf, fieldsOf, withTopic } from "./cardDraft";
import { writeEditSecret } from "./editLink";
import { FieldsOfWorkChecks } from "./FieldsOfWorkChecks";
import { WALL_OP_ERRORS, type WallFieldErrors } from "./opErrors";
import { RegionField } from "./RegionField";
import { TopicsInput } from "./TopicsInput";
import type { WallContext } from "./wallContext";
import { distinctSorted } from "./wallFilter";

/**
 * NET-UI-2: publishing a business card (with the consent tick, whose words go into the op) or editing
 * one's own (based on the version shown). Checked with the op's own schema before it is sent.
 */
export function CardForm({
  ctx,
  card,
  onDone,
}: {
  ctx: WallContext;
  /** The card to edit; none to publish a new one. */
  card: BusinessCard | null;
  onDone(publishedId: string | null): void;
}) {
  const { t } = ctx;
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<CardDraft>(() => draftOf(card));
  const [baseVersion] = useState(card?.version ?? 0);
  const [topicInput, setTopicInput] = useState("");
  const [errors, setErrors] = useState<WallFieldErrors>({});
  const errorText = errorTexts(errors, t);
  const [busy, setBusy] = useState(false);
  const secure = card !== null || canMintSecrets();
  const set = <K extends keyof CardDraft>(key: K, value: CardDraft[K]) =>
    setDraft((last) => ({ ...last, [key]: value }));

  useEffect(() => formRef.current?.querySelector<HTMLInputElement>("input")?.focus(), []);

  const fieldChoices = distinctSorted([...(ctx.settings?.fieldsOfWork ?? []), ...draft.fieldsOfWork]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    // A topic typed but not yet added counts.
    const fields = { ...fieldsOf(draft), topics: withTopic(draft.topics, topicInput) };
    const form = formRef.current;
    const send = (op: Op) => ctx.actions.submit(op);
    if (card) {
      const op = { type: "businessCard.update", cardId: card.id, baseVersion, ...fields };
      if (submitChecked(checkOp(BusinessCardUpdateOp, op, WALL_OP_ERRORS), form, setErrors, send)) onDone(null);
      return;
    }
    if (!secure) return;
    if (!draft.consent) {
      setErrors({ consent: "wall.error.consent" });
      return focusFirstError(form);
    }
    setBusy(true);
    try {
      const cardId = newId();
      const { secret, secretHash } = await mintSecret();
      const consent = { text: t("wall.form.consent"), given: true };
      const op = { type: "businessCard.publish", cardId, ...fields, consent, editKeyHash: secretHash };
      const sent = submitChecked(checkOp(BusinessCardPublishOp, op, WALL_OP_ERRORS), form, setErrors, (checked) => {
        // Kept before the op leaves: the link must not be lost if the tab closes right after.
        writeEditSecret(browserStorage(), ctx.boardId, cardId, secret);
        send(checked);
      });
      if (sent) onDone(cardId);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      ref={formRef}
      className="wall-form"
      aria-label={t(card ? "wall.form.editLabel" : "wall.form.addLabel")}
      data-testid="card-form"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === "Escape") onDone(null);
      }}
      noValidate
    >
      {!secure && (
        <p className="alert" role="alert" data-testid="wall-insecure">
          {t("wall.insecure")}
        </p>
      )}
      <div className="wall-form-grid">
        <Field label={t("wall.form.name")} error={errorText.name}>
          <input
            value={draft.name}
            maxLength={LIMITS.personName}
            autoComplete="name"
            onChange={(event) => set("name", event.target.value)}
          />
        </Field>
        <Field label={t("wall.form.organisation")} error={errorText.organisation}>
          <input
            value={draft.organisation}
            maxLength={LIMITS.organisation}
            autoComplete="organization"
            onChange={(event) => set("organisation", event.target.value)}
          />
        </Field>
        <Field label={t("wall.form.role")} error={errorText.role}>
          <input
            value={draft.role}
            maxLength={LIMITS.cardShortField}
            autoComplete="organization-title"
            onChange={(event) => set("role", event.target.value)}
          />
        </Field>
        <RegionField
          ctx={ctx}
          value={draft.region}
          before={card?.region ?? ""}
          error={errorText.region}
          onChange={(region) => set("region", region)}
        />
      </div>

      {fieldChoices.length > 0 && (
        <FieldsOfWorkChecks
          t={t}
          choices={fieldChoices}
          chosen={draft.fieldsOfWork}
          error={errorText.fieldsOfWork}
          onChange={(chosen) => set("fieldsOfWork", chosen)}
        />
      )}

      <TopicsInput
        t={t}
        topics={draft.topics}
        suggestions={ctx.topicSuggestions}
        typed={topicInput}
        error={errorText.topics}
        onType={setTopicInput}
        onChange={(topics) => set("topics", topics)}
      />

      <Field label={t("wall.form.offers")} error={errorText.offers}>
        <textarea
          rows={2}
          value={draft.offers}
          maxLength={LIMITS.offerText}
          onChange={(event) => set("offers", event.target.value)}
        />
      </Field>
      <Field label={t("wall.form.seeks")} error={errorText.seeks}>
        <textarea
          rows={2}
          value={draft.seeks}
          maxLength={LIMITS.offerText}
          onChange={(event) => set("seeks", event.target.value)}
        />
      </Field>
      <Field label={t("wall.form.about")} error={errorText.about}>
        <textarea
          rows={3}
          value={draft.about}
          maxLength={LIMITS.aboutText}
          onChange={(event) => set("about", event.target.value)}
        />
      </Field>

      <ContactFields
        t={t}
        contact={draft.contact}
        errorText={errorText}
        onChange={(contact) => set("contact", contact)}
      />

      {!card && (
        <ConsentCheck
          t={t}
          checked={draft.consent}
          error={errorText.consent}
          onChange={(checked) => set("consent", checked)}
        />
      )}
      {Object.keys(errors).length > 0 && (
        <p className="field-error" role="alert">
          {t("wall.error.form")}
        </p>
      )}
      <FormActions
        onCancel={() => onDone(null)}
        submitLabel={t(card ? "wall.form.submitSave" : "wall.form.submitPublish")}
      />
    </form>
  );
}
