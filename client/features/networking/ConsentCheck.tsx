import { useId } from "react";
import type { NetworkingTranslate } from "./useNetworkingT";

/** The consent tick a new card needs; its words go into the op. */
export function ConsentCheck({
  t,
  checked,
  error,
  onChange,
}: {
  t: NetworkingTranslate;
  checked: boolean;
  error?: string;
  onChange(checked: boolean): void;
}) {
  const id = useId();
  return (
    <div className="wall-consent">
      <input
        id={`${id}-consent`}
        type="checkbox"
        checked={checked}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-consent-error` : undefined}
        data-testid="card-consent"
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={`${id}-consent`}>{t("wall.form.consent")}</label>
      {error && (
        <p className="field-error" id={`${id}-consent-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
