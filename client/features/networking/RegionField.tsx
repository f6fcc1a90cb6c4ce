import { useId } from "react";
import { regionKey } from "../../../shared/features/networking/regions";
import { LIMITS } from "../../../shared/limits";
import { Field } from "../../core/ui/Field";
import type { WallContext } from "./wallContext";

/**
 * NET-11: with the board's list of regions a card picks one of it (a native select: keyboard and
 * screen readers for free), so the filter does not split into spellings; a region the card had before
 * the list stays readable and may be kept. Without a list, free text with suggestions, as before.
 */
export function RegionField({
  ctx,
  value,
  before,
  error,
  onChange,
}: {
  ctx: WallContext;
  value: string;
  /** The card's region as stored (an edit); "" for a new card. */
  before: string;
  error?: string;
  onChange(region: string): void;
}) {
  const { t } = ctx;
  const id = useId();
  const list = ctx.settings?.regions ?? [];
  const label = t("wall.form.region");
  if (list.length === 0) {
    return (
      <>
        <Field label={label} error={error}>
          <input
            value={value}
            maxLength={LIMITS.cardShortField}
            list={`${id}-regions`}
            onChange={(event) => onChange(event.target.value)}
          />
        </Field>
        <datalist id={`${id}-regions`}>
          {ctx.regionSuggestions.map((region) => (
            <option key={region} value={region} />
          ))}
        </datalist>
      </>
    );
  }
  const listed = (region: string) => list.find((entry) => regionKey(entry) === regionKey(region));
  const legacy = before && !listed(before) ? before : null;
  return (
    <Field label={label} error={error}>
      <select
        value={listed(value) ?? (legacy && value === legacy ? legacy : "")}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t("wall.form.regionNone")}</option>
        {list.map((region) => (
          <option key={region} value={region}>
            {region}
          </option>
        ))}
        {legacy && <option value={legacy}>{t("wall.form.regionLegacy", { region: legacy })}</option>}
      </select>
    </Field>
  );
}
