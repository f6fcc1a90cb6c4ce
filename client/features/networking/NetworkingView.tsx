import { useCallback, useId, useMemo, useRef, useState } from "react";
import type { BoardState } from "../../../shared/boardState";
import { isAuthorOf } from "../../../shared/core/authorTags";
import { viewOf } from "../../../shared/core/recordView";
import { networkingRules } from "../../../shared/features/networking";
import { type BusinessCard, WALL_SETTINGS_ID, type WallSettings } from "../../../shared/features/networking/records";
import type { Actor } from "../../../shared/model";
import type { BoardActions } from "../../core/boardActions";
import { useI18n } from "../../i18n/I18nProvider";
import { addRules } from "../../sync/clientRules";
import { browserStorage } from "../../sync/storage";
import { BusinessCardItem, cardElementId } from "./BusinessCardItem";
import { CardForm } from "./CardForm";
import { ClaimStatus } from "./ClaimStatus";
import { keptEditCardIds, writeEditSecret } from "./editLink";
import { HeldCardNotice } from "./HeldCardNotice";
import { matchesFor, peopleFor, tagKey } from "./matching";
import { OWN_HEADING_ID, OwnCardPanel } from "./OwnCardPanel";
import { PeopleForYou } from "./PeopleForYou";
import { RemoveCardDialog } from "./RemoveCardDialog";
import { useStableOrder } from "./stableOrder";
import { useEditLinkClaim } from "./useEditLinkClaim";
import { useNetworkingT } from "./useNetworkingT";
import { downloadVcards } from "./vcardFiles";
import { WallFilterBar } from "./WallFilterBar";
import { type WallForm, WallHeader } from "./WallHeader";
import { WallListBar } from "./WallListBar";
import { WallSettingsForm } from "./WallSettingsForm";
import { useWallContext } from "./wallContext";
import { filterCards, NO_FILTER, sortCards, type WallFilter, type WallSort } from "./wallFilter";
import "./wall.css";

// The browser predicts the wall's ops once this view has loaded (the claim is the server's alone).
addRules(networkingRules);

const findKept = (cards: readonly BusinessCard[], kept: ReadonlySet<string>) =>
  kept.size === 0 ? undefined : cards.find((card) => kept.has(card.id));

export interface NetworkingViewProps {
  boardId: string;
  board: BoardState;
  actor: Actor;
  actions: BoardActions;
}

/** The networking wall (NET-UI-1..7): business cards, filters, matches, vCards, the QR code. */
export function NetworkingView({ boardId, board, actor, actions }: NetworkingViewProps) {
  const t = useNetworkingT();
  const { language } = useI18n();
  const id = useId();
  const view = useMemo(() => viewOf(board), [board]);
  const cards = view.list<BusinessCard>("businessCard");
  const settings = view.get<WallSettings>("wallSettings", WALL_SETTINGS_ID) ?? null;
  const ownCard = cards.find((card) => isAuthorOf(card, actor.authorId)) ?? null;
  const moderator = actor.role === "moderator";

  const [form, setForm] = useState<WallForm | null>(null);
  const [justPublished, setJustPublished] = useState<string | null>(null);
  const [filter, setFilter] = useState<WallFilter>(NO_FILTER);
  const [chosenSort, setSort] = useState<WallSort | null>(null);
  const [removing, setRemoving] = useState<BusinessCard | null>(null);
  const [status, setStatus] = useState("");
  const { claim, claimDone, retryClaim } = useEditLinkClaim(boardId, actor.authorId, ownCard?.id);
  // Bumped when this browser forgets a kept edit link, so the kept links are read again.
  const [keptChanged, setKeptChanged] = useState(0);
  // A card whose edit link this browser kept while another device took it over since (NET-UI-8).
  // biome-ignore lint/correctness/useExhaustiveDependencies: keptChanged says the storage changed
  const heldCard = useMemo(
    () => (ownCard || !actor.authorId ? undefined : findKept(cards, keptEditCardIds(browserStorage(), boardId))),
    [ownCard, actor.authorId, cards, boardId, keptChanged],
  );
  const publishRef = useRef<HTMLButtonElement>(null);
  const settingsRef = useRef<HTMLButtonElement>(null);

  const ctx = useWallContext({ boardId, board, view, actor, actions, moderator, t, ownCard, settings }, cards);

  const matches = useMemo(() => (ownCard ? matchesFor(ownCard, cards) : undefined), [ownCard, cards]);
  const people = useMemo(
    () => (ownCard && matches ? peopleFor(ownCard, cards, 5, matches) : []),
    [ownCard, cards, matches],
  );
  const ownTopics = useMemo(() => new Set((ownCard?.topics ?? []).map(tagKey)), [ownCard]);
  const sort: WallSort = chosenSort === "match" && !ownCard ? "name" : (chosenSort ?? (ownCard ? "match" : "name"));
  const filtered = useMemo(() => filterCards(cards, filter), [cards, filter]);
  // Sorted again only when the sort, the filter or one's own card changes (NET-UI-3).
  const orderKey = `${sort}|${filter.fieldOfWork}|${filter.region}|${filter.topic}|${filter.text}|${ownCard?.id}:${ownCard?.version}`;
  const shown = useStableOrder(
    filtered,
    orderKey,
    (unsorted) => sortCards(unsorted, sort, matches, ownCard?.id),
    sort === "newest",
  );

  const download = useCallback(
    (chosen: readonly BusinessCard[], version: "4.0" | "3.0") =>
      void downloadVcards(boardId, chosen, version, language),
    [boardId, language],
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

  // The card just published shows as one's own until the board has it, unless another device took it over since.
  const publishedHere = justPublished && !cards.some((card) => card.id === justPublished && card !== ownCard);
  const ownPanelId = ownCard?.id ?? (publishedHere ? justPublished : null);

  return (
    <div className="wall" data-testid="wall">
      <WallHeader
        t={t}
        headingId={`${id}-heading`}
        boardId={boardId}
        form={form}
        setForm={setForm}
        canPublish={!ownPanelId && !heldCard}
        moderator={moderator}
        publishRef={publishRef}
        settingsRef={settingsRef}
      />

      {claim && claim.status !== "ok" && <ClaimStatus t={t} claim={claim} onRetry={retryClaim} />}
      <p role="status" className="wall-status" data-testid="wall-status">
        {claimDone ? t("wall.claim.done") : status}
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

      {heldCard && !ownPanelId && (
        <HeldCardNotice
          t={t}
          card={heldCard}
          onForget={() => {
            writeEditSecret(browserStorage(), boardId, heldCard.id, null);
            setKeptChanged((count) => count + 1);
            focusLater(publishRef.current);
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
        <PeopleForYou
          t={t}
          people={people}
          onShow={(card) => {
            setFilter(NO_FILTER);
            focusLater(document.getElementById(cardElementId(card.id)));
          }}
        />
      )}

      <section className="wall-cards-section" aria-labelledby={`${id}-cards`}>
        <h2 id={`${id}-cards`} tabIndex={-1}>
          {t("wall.cards")}
        </h2>
        {cards.length > 0 && (
          <WallFilterBar
            t={t}
            cards={cards}
            settings={settings}
            filter={filter}
            setFilter={setFilter}
            sort={sort}
            setSort={setSort}
            canSortByMatch={ownCard !== null}
          />
        )}
        <WallListBar t={t} total={cards.length} shown={shown} onDownload={download} />
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

      <RemoveCardDialog
        t={t}
        removing={removing}
        own={removing?.id === ownCard?.id}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
      />
    </div>
  );
}
