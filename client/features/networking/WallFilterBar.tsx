import { type Dispatch, type SetStateAction, useId, useMemo } from "react";
import type { BusinessCard, WallSettings } from "../../../shared/features/networking/records";
import { regionChoices } from "./regionChoices";
import type { NetworkingTranslate } from "./useNetworkingT";
import { distinctSorted, NO_FILTER, type WallFilter, type WallSort } from "./wallFilter";

/**
 * NET-UI-3: the wall's search, its filters by field of work, region and topic (offering the board's
 * lists and what the cards name), and the order; sorting by match only for a viewer with a card of their own.
 */
export function WallFilterBar({
  t,
  cards,
  settings,
  filter,
  setFilter,
  sort,
  setSort,
  canSortByMatch,
}: {
  t: NetworkingTranslate;
  cards: readonly BusinessCard[];
  settings: WallSettings | null;
  filter: WallFilter;
  setFilter: Dispatch<SetStateAction<WallFilter>>;
  sort: WallSort;
  setSort(sort: WallSort): void;
  canSortByMatch: boolean;
}) {
  const id = useId();
  const choices = useMemo(
    () => ({
      fieldsOfWork: distinctSorted([...(settings?.fieldsOfWork ?? []), ...cards.flatMap((card) => card.fieldsOfWork)]),
      // NET-11: the board's list first, then what older cards say, one choice per region.
      regions: regionChoices(settings?.regions ?? [], cards),
      topics: distinctSorted(cards.flatMap((card) => card.topics)),
    }),
    [settings, cards],
  );
  const setFilterField = (key: keyof WallFilter, value: string) => setFilter((last) => ({ ...last, [key]: value }));
  const filtered = filter.fieldOfWork || filter.region || filter.topic || filter.text;

  return (
    <search className="wall-filter" aria-label={t("wall.filter.label")} data-testid="wall-filter">
      <div className="field">
        <label htmlFor={`${id}-search`}>{t("wall.filter.search")}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={filter.text}
          data-testid="filter-text"
          onChange={(event) => setFilterField("text", event.target.value)}
        />
      </div>
      {(
        [
          ["fieldOfWork", "wall.filter.fieldOfWork", choices.fieldsOfWork],
          ["region", "wall.filter.region", choices.regions],
          ["topic", "wall.filter.topic", choices.topics],
        ] as const
      ).map(([key, label, options]) => (
        <div className="field" key={key}>
          <label htmlFor={`${id}-${key}`}>{t(label)}</label>
          <select
            id={`${id}-${key}`}
            value={filter[key]}
            data-testid={`filter-${key}`}
            onChange={(event) => setFilterField(key, event.target.value)}
          >
            <option value="">{t("wall.filter.any")}</option>
            {options.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="field">
        <label htmlFor={`${id}-sort`}>{t("wall.filter.sort")}</label>
        <select
          id={`${id}-sort`}
          value={sort}
          data-testid="wall-sort"
          onChange={(event) => setSort(event.target.value as WallSort)}
        >
          {canSortByMatch && <option value="match">{t("wall.sort.match")}</option>}
          <option value="name">{t("wall.sort.name")}</option>
          <option value="newest">{t("wall.sort.newest")}</option>
        </select>
      </div>
      {filtered && (
        <button type="button" className="button button-small" onClick={() => setFilter(NO_FILTER)}>
          {t("wall.filter.reset")}
        </button>
      )}
    </search>
  );
}
