import { useId } from "react";
import { LIMITS } from "../../../shared/limits";
import type { NetworkingTranslate } from "./useNetworkingT";

/** The card's fields of work, ticked from the wall's list (and those the card has already). */
export function FieldsOfWorkChecks({
  t,
  choices,
  chosen,
  error,
  onChange,
}: {
  t: NetworkingTranslate;
  choices: readonly string[];
  chosen: string[];
  error?: string;
  onChange(chosen: string[]): void;
}) {
  const id = useId();
  return (
    <fieldset className="wall-fieldset" aria-describedby={error ? `${id}-fields-error` : undefined}>
      <legend>{t("wall.form.fieldsOfWork", { max: LIMITS.fieldsOfWorkPerCard })}</legend>
      <div className="wall-checks">
        {choices.map((field) => (
          <label key={field} className="wall-check">
            <input
              type="checkbox"
              checked={chosen.includes(field)}
              onChange={(event) =>
                onChange(event.target.checked ? [...chosen, field] : chosen.filter((each) => each !== field))
              }
            />
            {field}
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" id={`${id}-fields-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
