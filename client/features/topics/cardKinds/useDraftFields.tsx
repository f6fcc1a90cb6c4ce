import { type ReactNode, useId } from "react";
import { useT } from "../../../i18n/I18nProvider";
import type { FlatDraft } from "./flatDraft";
import type { CardKindFieldsProps } from "./types";

type FieldName<D> = Exclude<keyof D, "kind"> & string;

interface FieldControl {
  id: string;
  name: string;
  value: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  onChange(event: { target: { value: string } }): void;
}

/**
 * The wiring every kind's form fields share: ids, values, and errors tied to their field
 * (aria-invalid, aria-describedby), so each kind only lays out its labels and inputs.
 */
export function useDraftFields<D extends FlatDraft>({ draft, errors, onChange }: CardKindFieldsProps<D>) {
  const t = useT();
  const id = useId();
  const fieldId = (name: FieldName<D>) => `${id}-${name}`;
  const control = (name: FieldName<D>): FieldControl => {
    const error = errors[name];
    return {
      id: fieldId(name),
      name,
      value: draft[name],
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error ? `${fieldId(name)}-error` : undefined,
      onChange: (event) => onChange({ ...draft, [name]: event.target.value }),
    };
  };
  const errorText = (name: FieldName<D>): ReactNode => {
    const error = errors[name];
    return error ? (
      <p id={`${fieldId(name)}-error`} className="field-error">
        {t(error.key, error.vars)}
      </p>
    ) : null;
  };
  return { fieldId, control, errorText };
}
