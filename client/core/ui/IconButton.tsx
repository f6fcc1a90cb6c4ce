import type { ButtonHTMLAttributes, Ref } from "react";
import { Icon, type IconName } from "./Icon";

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "className" | "aria-label" | "title"> {
  icon: IconName;
  /** The button's accessible name, also shown as its tooltip: an icon alone names nothing. */
  label: string;
  ref?: Ref<HTMLButtonElement>;
  "data-testid"?: string;
  "data-focus"?: string;
}

export function IconButton({ icon, label, ...rest }: Props) {
  return (
    <button type="button" className="icon-button" aria-label={label} title={label} {...rest}>
      <Icon name={icon} />
    </button>
  );
}
