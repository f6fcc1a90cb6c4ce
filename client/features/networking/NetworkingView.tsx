import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { BoardState } from "../../../shared/boardState";
import { viewOf } from "../../../shared/core/recordView";
import { networkingRules } from "../../../shared/features/networking";
import { type BusinessCard, WALL_SETTINGS_ID, type WallSettings } from "../../../shared/features/networking/records";
import type { Actor } from "../../../shared/model";
import { ConfirmDialog } from "../../core/ui/ConfirmDialog";
import { QrCode } from "../../core/ui/QrCode";
import { useI18n } from "../../i18n/I18nProvider";
import type { BoardActions } from "../../sync/boardActions";
import { addRules } from "../../sync/clientRules";
import { browserStorage } from "../../sync/storage";
import { BusinessCardItem, cardElementId, matchHints } from "./BusinessCardItem";
import { CardForm } from "./CardForm";
import { type ClaimResult, claimCard } from "./claim";
import { parseEditFragment, writeEditSecret } from "./editLink";
import { matchesFor, peopleFor, tagKey } from "./matching";
import { OWN_HEADING_ID, OwnCardPanel } from "./OwnCardPanel";
import { useNetworkingT } from "./useNetworkingT";
import { downloadVcards } from "./vcardFiles";
import { WallSettingsForm } from "./WallSettingsForm";
import type { WallContext } from "./wallContext";
import { distinctSorted, filterCards, NO_FILTER, sortCards, type WallFilter, type WallSort } from "./wallFilter";
import "./wall.css";

// The browser predicts the wall's ops once this view has loaded (the claim is the server's alone).
addRules(networkingRules);

export interface NetworkingViewProps {
  boardId: string;
  board: BoardState;
  actor: Actor;
  actions: BoardActions;
}

type Claim = { cardId: string; secret: string; status: "waiting" | "busy" | ClaimResult; tries?: number };

/** A claim that could not reach the server is tried again by itself this often, a second apart. */
const CLAIM_TRIES = 3;

/**
 * Edit links taken out of the address and not yet claimed, by board. Kept outside the component:
 * the fragment is gone from the address at once, and a view that mounts again must still claim.
 */
const pendingClaims = new Map<string, { cardId: string; secret: string }>();

/** An edit link's fragment, taken out of the address at once: it must not stay in the history. */
function takeEditFragment(boardId: string): Claim | null {
  const found = parseEditFragment(window.location.hash);
  if (found) {
    writeEditSecret(browserStorage(), boardId, found.cardId, found.secret);
    pendingClaims.set(boardId, found);
    const url = new URL(window.location.href);
    url.hash = "";
    window.history.replaceState(window.history.state, "", url.pathname + url.search);
  }
  const pending = pendingClaims.get(boardId);
  return pending ? { ...pending, status: "waiting" } : null;
}

/** The networking wall (NET-UI-1..7): business cards, filters, matches, vCards, the QR code. */
export function NetworkingView({ boardId, board, actor, actions }: NetworkingViewProps) {
  const t = useNetworkingT();
  const { language } = useI18n();
  const id = useId();
  const view = useMemo(() => viewOf(board), [board]);
  const cards = view.list<BusinessCard>("businessCard");
  const settings = view.get<WallSettings>("wallSettings", WALL_SETTINGS_ID) ?? null;
  const ownCard = (actor.authorId && cards.find((card) => card.authorId === actor.authorId)) || null;
  const moderator = actor.role === "moderator";

  const [form, setForm] = useState<"card" | "settings" | null>(null);
  const [justPublished, setJustPublished] = useState<string | null>(null);
  const [filter, setFilter] = useState<WallFilter>(NO_FILTER);
  const [chosenSort, setSort] = useState<WallSort | null>(null);
  const [removing, setRemoving] = useState<BusinessCard | null>(null);
  const [status, setStatus] = useState("");
  const [claim, setClaim] = useState<Claim | null>(() => takeEditFragment(boardId));
  const publishRef = useRef<HTMLButtonElement>(null);
  const settingsRef = useRef<HTMLButtonElement>(null);

  // A link pasted into this very tab changes only the fragment.
  useEffect(() => {
    const onHashChange = () => {
      const found = takeEditFragment(boardId);
      if (found) setClaim(found);
    };
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, [boardId]);

  // NET-UI-2: the edit link makes this browser the card's author, once it has joined (its token).
  const claimCardId = claim?.cardId;
  const alreadyOwn = ownCard !== null && ownCard.id === claimCardId;
  useEffect(() => {
    if (claim?.status !== "waiting" || !actor.authorId) return;
    if (alreadyOwn) {
      pendingClaims.delete(boardId);
      return setClaim({ ...claim, status: "ok" });
    }
    setClaim({ ...claim, status: "busy" });
    void claimCard(browserStorage(), boardId, claim.cardId, claim.secret).then((result) => {
      if (result !== "network") pendingClaims.delete(boardId);
      if (result === "refused") writeEditSecret(browserStorage(), boardId, claim.cardId, null);
      const tries = (claim.tries ?? 0) + 1;
      if (result === "network" && tries < CLAIM_TRIES) {
        window.setTimeout(() => setClaim({ ...claim, status: "waiting", tries }), 1_000);
      } else setClaim({ ...claim, status: result, tries });
    });
  }, [claim, actor.authorId, alreadyOwn, boardId]);

  const regionSuggestions = useMemo(
    () => distinctSorted([...(settings?.regions ?? []), ...cards.map((card) => card.region)]),
    [settings, cards],
  );
  const topicSuggestions = useMemo(
    () => distinctSorted([...(settings?.topics ?? []), ...cards.flatMap((card) => card.topics)]),
    [settings, cards],
  );
  const ctx = useMemo<WallContext>(
    () => ({
      boardId,
      board,
      view,
      actor,
      actions,
      moderator,
      t,
      ownCard,
      settings,
      regionSuggestions,
      topicSuggestions,
    }),
    [boardId, board, view, actor, actions, moderator, t, ownCard, settings, regionSuggestions, topicSuggestions],
  );

  const matches = useMemo(() => (ownCard ? matchesFor(ownCard, cards) : undefined), [ownCard, cards]);
  const people = useMemo(() => (ownCard ? peopleFor(ownCard, cards) : []), [ownCard, cards]);
  const ownTopics = useMemo(() => new Set((ownCard?.topics ?? []).map(tagKey)), [ownCard]);
  const sort: WallSort = chosenSort === "match" && !ownCard ? "name" : (chosenSort ?? (ownCard ? "match" : "name"));
  const shown = useMemo(
    () => sortCards(filterCards(cards, filter), sort, matches, ownCard?.id),
    [cards, filter, sort, matches, ownCard],
  );
  const choices = useMemo(
    () => ({
      fieldsOfWork: distinctSorted([...(settings?.fieldsOfWork ?? []), ...cards.flatMap((card) => card.fieldsOfWork)]),
      regions: distinctSorted(cards.map((card) => card.region)),
      topics: distinctSorted(cards.flatMap((card) => card.topics)),
    }),
    [settings, cards],
  );

  const download = useCallback(
    (chosen: readonly BusinessCard[], version: "4.0" | "3.0") => void downloadVcards(chosen, version, language),
    [language],
  );
  const downloadOne = useCallback(
    (card: BusinessCard, version: "4.0" | "3.0") => download([card], version),
    [download],
  );
  const askRemove = useCallback((card: BusinessCard) => setRemoving(card), []);

  function focusLater(target: HTMLElement | null | undefined) {
    requestAnimationFrame(() => target?.focus());
  }

  function confirmRemove() {
    if (!removing) return;
    actions.submit({ type: "businessCard.remove", cardId: removing.id });
    const own = removing.id === ownCard?.id;
    if (own) {
      writeEditSecret(browserStorage(), boardId, removing.id, null);
      setJustPublished(null);
      setStatus(t("wall.own.removed"));
    }
    setRemoving(null);
    focusLater(document.getElementById(own ? `${id}-heading` : `${id}-cards`));
  }

  const ownPanelId = ownCard?.id ?? justPublished;
  const participantLink = `${window.location.origin}/b/${boardId}`;
  const setFilterField = (key: keyof WallFilter, value: string) => setFilter((last) => ({ ...last, [key]: value }));
  const filtered = filter.fieldOfWork || filter.region || filter.topic || filter.text;

  return (
    <div className="wall" data-testid="wall">
      <div className="wall-top">
        <div className="wall-intro">
          <h2 id={`${id}-heading`} tabIndex={-1}>
            {t("wall.heading")}
          </h2>
          <p>{t("wall.intro")}</p>
          <div className="page-actions">
            {!ownPanelId && (
              <button
                ref={publishRef}
                type="button"
                className="button button-primary"
                aria-expanded={form === "card"}
                data-testid="card-publish"
                onClick={() => setForm(form === "card" ? null : "card")}
              >
                {t("wall.publish")}
              </button>
            )}
            {moderator && (
              <button
                ref={settingsRef}
                type="button"
                className="button"
                aria-expanded={form === "settings"}
                data-testid="wall-settings"
                onClick={() => setForm(form === "settings" ? null : "settings")}
              >
                {t("wall.settings.open")}
              </button>
            )}
          </div>
        </div>
        <figure className="wall-qr">
          <QrCode
            value={participantLink}
            label={t("wall.qr.image", { url: participantLink })}
            className="wall-qr-code"
          />
          <figcaption>{t("wall.qr.label")}</figcaption>
        </figure>
      </div>

      {claim && claim.status !== "ok" && (
        <p className={claim.status === "refused" || claim.status === "network" ? "alert" : "wall-muted"} role="status">
          {t(
            claim.status === "refused"
              ? "wall.claim.failed"
              : claim.status === "network"
                ? "wall.claim.network"
                : "wall.claim.busy",
          )}
          {claim.status === "network" && (
            <button
              type="button"
              className="button button-small"
              onClick={() => setClaim({ ...claim, status: "waiting", tries: 0 })}
            >
              {t("wall.claim.retry")}
            </button>
          )}
        </p>
      )}
      <p role="status" className="wall-status" data-testid="wall-status">
        {claim?.status === "ok" && ownCard?.id === claim.cardId ? t("wall.claim.done") : status}
      </p>

      {form === "settings" && (
        <WallSettingsForm
          ctx={ctx}
          onDone={() => {
            setForm(null);
            focusLater(settingsRef.current);
          }}
        />
      )}
      {form === "card" && (
        <CardForm
          ctx={ctx}
          card={ownCard}
          onDone={(publishedId) => {
            setForm(null);
            if (publishedId) {
              setJustPublished(publishedId);
              setStatus("");
              focusLater(document.getElementById(OWN_HEADING_ID));
            } else {
              focusLater(ownPanelId ? document.getElementById(OWN_HEADING_ID) : publishRef.current);
            }
          }}
        />
      )}

      {ownPanelId && form !== "card" && (
        <OwnCardPanel
          ctx={ctx}
          cardId={ownPanelId}
          onEdit={() => setForm("card")}
          onRemove={() => ownCard && setRemoving(ownCard)}
        />
      )}

      {ownCard && (
        <section className="wall-people" aria-labelledby={`${id}-people`} data-testid="people-for-you">
          <h2 id={`${id}-people`}>{t("wall.people.heading")}</h2>
          {people.length === 0 ? (
            <p className="wall-muted">{t("wall.people.none")}</p>
          ) : (
            <ol className="wall-people-list">
              {people.map(({ card, match }) => (
                <li key={card.id} data-testid="person-for-you" data-card-name={card.name}>
                  <button
                    type="button"
                    className="wall-link-button"
                    aria-label={t("wall.people.show", { name: card.name })}
                    onClick={() => {
                      setFilter(NO_FILTER);
                      focusLater(document.getElementById(cardElementId(card.id)));
                    }}
                  >
                    {card.name}
                  </button>
                  {card.organisation && <span className="wall-muted"> · {card.organisation}</span>}
                  <span className="wall-people-why">{matchHints(t, match).join(" · ")}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      <section className="wall-cards-section" aria-labelledby={`${id}-cards`}>
        <h2 id={`${id}-cards`} tabIndex={-1}>
          {t("wall.cards")}
        </h2>
        {cards.length > 0 && (
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
                {ownCard && <option value="match">{t("wall.sort.match")}</option>}
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
        )}
        <div className="wall-list-bar">
          <p className="wall-count" role="status" data-testid="wall-count">
            {cards.length === 0 ? t("wall.empty") : t("wall.count", { shown: shown.length, total: cards.length })}
          </p>
          {shown.length > 0 && (
            <div className="wall-downloads">
              <button
                type="button"
                className="button button-small"
                data-testid="vcard-all"
                onClick={() => download(shown, "4.0")}
              >
                {t("wall.vcard.all")}
              </button>
              <button
                type="button"
                className="button button-small"
                data-testid="vcard-all-phone"
                onClick={() => download(shown, "3.0")}
              >
                {t("wall.vcard.allPhone")}
              </button>
            </div>
          )}
        </div>
        {cards.length > 0 && shown.length === 0 && <p className="wall-muted">{t("wall.noneShown")}</p>}
        <ul className="wall-grid" data-testid="wall-grid">
          {shown.map((card) => (
            <BusinessCardItem
              key={card.id}
              card={card}
              t={t}
              own={card.id === ownCard?.id}
              match={matches?.get(card.id)}
              ownTopics={ownTopics}
              canRemove={moderator && card.id !== ownCard?.id}
              onRemove={askRemove}
              onDownload={downloadOne}
            />
          ))}
        </ul>
      </section>

      <ConfirmDialog
        open={removing !== null}
        title={t(removing?.id === ownCard?.id ? "wall.own.removeTitle" : "wall.card.removeTitle")}
        message={
          removing?.id === ownCard?.id
            ? t("wall.own.removeMessage")
            : t("wall.card.removeMessage", { name: removing?.name ?? "" })
        }
        confirmLabel={t(removing?.id === ownCard?.id ? "wall.own.remove" : "wall.card.removeConfirm")}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
      />
    </div>
  );
}
