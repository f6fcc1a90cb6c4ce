import { useId } from "react";
import type { ContactVisibility } from "../../../shared/features/networking/records";
import { LIMITS } from "../../../shared/limits";
import { Field } from "../../core/ui/Field";
import { type CardDraft, CONTACTS, type ContactName } from "./cardDraft";
import type { NetworkingTranslate } from "./useNetworkingT";

const VISIBILITIES: readonly ContactVisibility[] = ["board", "moderators", "nobody"];

const contactLabel = (t: NetworkingTranslate, name: ContactName) =>
  t(name === "email" ? "wall.form.email" : name === "phone" ? "wall.form.phone" : "wall.form.website");

/** The card form's contact fields, each with who may see it. */
export function ContactFields({
  t,
  contact,
  errorText,
  onChange,
}: {
  t: NetworkingTranslate;
  contact: CardDraft["contact"];
  /** The errors in words, by `contact.email` and so on. */
  errorText: Partial<Record<string, string>>;
  onChange(contact: CardDraft["contact"]): void;
}) {
  const id = useId();
  return (
    <fieldset className="wall-fieldset" aria-describedby={`${id}-contact-hint`}>
      <legend>{t("wall.form.contact")}</legend>
      <p className="field-hint" id={`${id}-contact-hint`}>
        {t("wall.form.contactHint")}
      </p>
      {CONTACTS.map((name) => (
        <div key={name} className="wall-contact-row">
          <Field label={contactLabel(t, name)} error={errorText[`contact.${name}`]}>
            <input
              type={name === "email" ? "email" : name === "phone" ? "tel" : "url"}
              value={contact[name].value}
              autoComplete={name === "email" ? "email" : name === "phone" ? "tel" : "url"}
              maxLength={name === "email" ? LIMITS.email : name === "phone" ? LIMITS.phone : LIMITS.link}
              data-testid={`contact-${name}`}
              onChange={(event) => onChange({ ...contact, [name]: { ...contact[name], value: event.target.value } })}
            />
          </Field>
          <Field label={t("wall.form.visibility", { field: t(`wall.card.${name}`) })}>
            <select
              value={contact[name].visibility}
              data-testid={`visibility-${name}`}
              onChange={(event) =>
                onChange({
                  ...contact,
                  [name]: { ...contact[name], visibility: event.target.value as ContactVisibility },
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
  );
}
