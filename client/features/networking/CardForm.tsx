import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { BusinessCardPublishOp, BusinessCardUpdateOp } from "../../../shared/features/networking/ops";
import type { BusinessCard, ContactVisibility } from "../../../shared/features/networking/records";
import { newId } from "../../../shared/ids";
import { LIMITS } from "../../../shared/limits";
import { FormActions } from "../../core/ui/FormActions";
import { browserStorage } from "../../sync/storage";
import { canMintSecrets, mintEditSecret, writeEditSecret } from "./editLink";
import { checkOp, Field, type FieldErrors } from "./formParts";
import type { WallContext } from "./wallContext";
import { distinctSorted } from "./wallFilter";

const CONTACTS = ["email", "phone", "website"] as const;
type ContactName = (typeof CONTACTS)[number];
const VISIBILITIES: readonly ContactVisibility[] = ["board", "moderators", "nobody"];

interface Draft {
  name: string;
  organisation: string;
  role: string;
  fieldsOfWork: string[];
  region: string;
  topics: string[];
  offers: string;
  seeks: string;
  about: string;
  contact: Record<ContactName, { value: string; visibility: ContactVisibility }>;
  consent: boolean;
}

function draftOf(card: BusinessCard | null): Draft {
  const contact = (name: ContactName) => ({
    value: card?.contact[name]?.value ?? "",
    visibility: card?.contact[name]?.visibility ?? (name === "website" ? "board" : "moderators"),
  });
  return {
    name: card?.name ?? "",
    organisation: card?.organisation ?? "",
    role: card?.role ?? "",
    fieldsOfWork: card ? [...card.fieldsOfWork] : [],
    region: card?.region ?? "",
    topics: card ? [...card.topics] : [],
    offers: card?.offers ?? "",
    seeks: card?.seeks ?? "",
    about: card?.about ?? "",
    contact: { email: contact("email"), phone: contact("phone"), website: contact("website") },
    consent: false,
  };
}

/** The fields every card op carries, from the form: an empty contact field is none. */
function fieldsOf(draft: Draft) {
  const contact = (name: ContactName) =>
    draft.contact[name].value.trim() === ""
      ? null
      : { value: draft.contact[name].value.trim(), visibility: draft.contact[name].visibility };
  return {
    name: draft.name,
    organisation: draft.organisation,
    role: draft.role,
    fieldsOfWork: draft.fieldsOfWork,
    region: draft.region,
    topics: draft.topics,
    offers: draft.offers,
    seeks: draft.seeks,
    about: draft.about,
    contact: { email: contact("email"), phone: contact("phone"), website: contact("website") },
  };
}

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
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>(() => draftOf(card));
  const [baseVersion] = useState(card?.version ?? 0);
  const [topicInput, setTopicInput] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const secure = card !== null || canMintSecrets();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((last) => ({ ...last, [key]: value }));

  useEffect(() => formRef.current?.querySelector<HTMLInputElement>("input")?.focus(), []);

  const fieldChoices = distinctSorted([...(ctx.settings?.fieldsOfWork ?? []), ...draft.fieldsOfWork]);
  const topicChoices = ctx.topicSuggestions.filter(
    (topic) => !draft.topics.some((own) => own.toLocaleLowerCase("de") === topic.toLocaleLowerCase("de")),
  );

  function addTopic() {
    const topic = topicInput.trim();
    if (!topic) return;
    if (!draft.topics.some((own) => own.toLocaleLowerCase("de") === topic.toLocaleLowerCase("de"))) {
      set("topics", [...draft.topics, topic]);
    }
    setTopicInput("");
  }

  function onTopicKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault();
      addTopic();
    }
  }

  function showErrors(found: FieldErrors) {
    setErrors(found);
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const pendingTopic = topicInput.trim();
    const topics =
      pendingTopic && !draft.topics.some((own) => own.toLocaleLowerCase("de") === pendingTopic.toLocaleLowerCase("de"))
        ? [...draft.topics, pendingTopic]
        : draft.topics;
    const fields = { ...fieldsOf(draft), topics };
    if (card) {
      const checked = checkOp(BusinessCardUpdateOp, {
        type: "businessCard.update",
        cardId: card.id,
        baseVersion,
        ...fields,
      });
      if (checked.errors) return showErrors(checked.errors);
      ctx.actions.submit(checked.op);
      return onDone(null);
    }
    if (!secure) return;
    if (!draft.consent) return showErrors({ consent: "wall.error.consent" });
    setBusy(true);
    try {
      const cardId = newId();
      const { secret, secretHash } = await mintEditSecret();
      const checked = checkOp(BusinessCardPublishOp, {
        type: "businessCard.publish",
        cardId,
        ...fields,
        consent: { text: t("wall.form.consent"), given: true },
        editKeyHash: secretHash,
      });
      if (checked.errors) return showErrors(checked.errors);
      // Kept before the op leaves: the link must not be lost if the tab closes right after.
      writeEditSecret(browserStorage(), ctx.boardId, cardId, secret);
      ctx.actions.submit(checked.op);
      onDone(cardId);
    } finally {
      setBusy(false);
    }
  }

  const contactLabel = (name: ContactName) =>
    t(name === "email" ? "wall.form.email" : name === "phone" ? "wall.form.phone" : "wall.form.website");

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
        <Field label={t("wall.form.name")} error={errors.name}>
          <input
            value={draft.name}
            maxLength={LIMITS.personName}
            autoComplete="name"
            onChange={(event) => set("name", event.target.value)}
          />
        </Field>
        <Field label={t("wall.form.organisation")} error={errors.organisation}>
          <input
            value={draft.organisation}
            maxLength={LIMITS.organisation}
            autoComplete="organization"
            onChange={(event) => set("organisation", event.target.value)}
          />
        </Field>
        <Field label={t("wall.form.role")} error={errors.role}>
          <input
            value={draft.role}
            maxLength={LIMITS.cardShortField}
            autoComplete="organization-title"
            onChange={(event) => set("role", event.target.value)}
          />
        </Field>
        <Field label={t("wall.form.region")} error={errors.region}>
          <input
            value={draft.region}
            maxLength={LIMITS.cardShortField}
            list={`${id}-regions`}
            onChange={(event) => set("region", event.target.value)}
          />
        </Field>
        <datalist id={`${id}-regions`}>
          {ctx.regionSuggestions.map((region) => (
            <option key={region} value={region} />
          ))}
        </datalist>
      </div>

      {fieldChoices.length > 0 && (
        <fieldset className="wall-fieldset" aria-describedby={errors.fieldsOfWork ? `${id}-fields-error` : undefined}>
          <legend>{t("wall.form.fieldsOfWork", { max: LIMITS.fieldsOfWorkPerCard })}</legend>
          <div className="wall-checks">
            {fieldChoices.map((field) => (
              <label key={field} className="wall-check">
                <input
                  type="checkbox"
                  checked={draft.fieldsOfWork.includes(field)}
                  onChange={(event) =>
                    set(
                      "fieldsOfWork",
                      event.target.checked
                        ? [...draft.fieldsOfWork, field]
                        : draft.fieldsOfWork.filter((each) => each !== field),
                    )
                  }
                />
                {field}
              </label>
            ))}
          </div>
          {errors.fieldsOfWork && (
            <p className="field-error" id={`${id}-fields-error`}>
              {t(errors.fieldsOfWork)}
            </p>
          )}
        </fieldset>
      )}

      <fieldset className="wall-fieldset">
        <legend>{t("wall.form.topics")}</legend>
        {draft.topics.length > 0 && (
          <ul className="wall-tags wall-tags-edit" data-testid="form-topics">
            {draft.topics.map((topic) => (
              <li key={topic} className="wall-tag">
                {topic}
                <button
                  type="button"
                  className="wall-tag-remove"
                  aria-label={t("wall.form.topicRemove", { topic })}
                  onClick={() =>
                    set(
                      "topics",
                      draft.topics.filter((each) => each !== topic),
                    )
                  }
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="wall-topic-row">
          <Field
            label={t("wall.form.topicInput")}
            error={errors.topics}
            hint={t("wall.form.topicHint", { max: LIMITS.topicsPerCard })}
          >
            <input
              value={topicInput}
              maxLength={LIMITS.topicTag}
              list={`${id}-topics`}
              onChange={(event) => setTopicInput(event.target.value)}
              onKeyDown={onTopicKey}
            />
          </Field>
          <button type="button" className="button" onClick={addTopic}>
            {t("wall.form.topicAdd")}
          </button>
        </div>
        <datalist id={`${id}-topics`}>
          {topicChoices.map((topic) => (
            <option key={topic} value={topic} />
          ))}
        </datalist>
      </fieldset>

      <Field label={t("wall.form.offers")} error={errors.offers}>
        <textarea
          rows={2}
          value={draft.offers}
          maxLength={LIMITS.offerText}
          onChange={(event) => set("offers", event.target.value)}
        />
      </Field>
      <Field label={t("wall.form.seeks")} error={errors.seeks}>
        <textarea
          rows={2}
          value={draft.seeks}
          maxLength={LIMITS.offerText}
          onChange={(event) => set("seeks", event.target.value)}
        />
      </Field>
      <Field label={t("wall.form.about")} error={errors.about}>
        <textarea
          rows={3}
          value={draft.about}
          maxLength={LIMITS.aboutText}
          onChange={(event) => set("about", event.target.value)}
        />
      </Field>

      <fieldset className="wall-fieldset" aria-describedby={`${id}-contact-hint`}>
        <legend>{t("wall.form.contact")}</legend>
        <p className="field-hint" id={`${id}-contact-hint`}>
          {t("wall.form.contactHint")}
        </p>
        {CONTACTS.map((name) => (
          <div key={name} className="wall-contact-row">
            <Field label={contactLabel(name)} error={errors[`contact.${name}`]}>
              <input
                type={name === "email" ? "email" : name === "phone" ? "tel" : "url"}
                value={draft.contact[name].value}
                autoComplete={name === "email" ? "email" : name === "phone" ? "tel" : "url"}
                maxLength={name === "email" ? LIMITS.email : name === "phone" ? LIMITS.phone : LIMITS.link}
                data-testid={`contact-${name}`}
                onChange={(event) =>
                  set("contact", { ...draft.contact, [name]: { ...draft.contact[name], value: event.target.value } })
                }
              />
            </Field>
            <Field label={t("wall.form.visibility", { field: t(`wall.card.${name}`) })}>
              <select
                value={draft.contact[name].visibility}
                data-testid={`visibility-${name}`}
                onChange={(event) =>
                  set("contact", {
                    ...draft.contact,
                    [name]: { ...draft.contact[name], visibility: event.target.value as ContactVisibility },
                  })
                }
              >
                {VISIBILITIES.map((visibility) => (
                  <option key={visibility} value={visibility}>
                    {t(`wall.visibility.${visibility}`)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        ))}
      </fieldset>

      {!card && (
        <div className="wall-consent">
          <input
            id={`${id}-consent`}
            type="checkbox"
            checked={draft.consent}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? `${id}-consent-error` : undefined}
            data-testid="card-consent"
            onChange={(event) => set("consent", event.target.checked)}
          />
          <label htmlFor={`${id}-consent`}>{t("wall.form.consent")}</label>
          {errors.consent && (
            <p className="field-error" id={`${id}-consent-error`}>
              {t(errors.consent)}
            </p>
          )}
        </div>
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
