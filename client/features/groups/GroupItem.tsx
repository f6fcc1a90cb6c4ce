import { memo, useId, useState } from "react";
import { isAuthorOf } from "../../../shared/core/authorTags";
import type { GroupMembership, WorkingGroup } from "../../../shared/features/groups";
import type { BusinessCard } from "../../../shared/features/networking/records";
import type { Actor, Card } from "../../../shared/model";
import type { Op } from "../../../shared/ops";
import type { CardStanding } from "../voting";
import { ConvenerTools } from "./ConvenerTools";
import { JoinForm } from "./JoinForm";
import { MemberList } from "./MemberList";
import { useConvenerMembers } from "./useConvenerMembers";
import type { GroupsTranslate } from "./useGroupsT";

export interface GroupItemProps {
  t: GroupsTranslate;
  boardId: string;
  /** The board's cards by id: the group's topics are shown by their labels. */
  cards: Readonly<Record<string, Card>>;
  group: WorkingGroup;
  memberships: readonly GroupMembership[];
  actor: Actor;
  ownCard: BusinessCard | null;
  displayName: string;
  moderatorKey: string | null;
  /** The conveners' secret this browser holds for the group (it opened their link), if any. */
  convenerKey: string | null;
  labelOf(card: Card): string;
  standingOf?(cardId: string): CardStanding;
  submit(op: Op): void;
  onEdit(group: WorkingGroup): void;
  onRemove(group: WorkingGroup): void;
  onStatus(text: string): void;
}

function countText(t: GroupsTranslate, count: number): string {
  if (count === 0) return t("groups.count.none");
  return count === 1 ? t("groups.count.one") : t("groups.count.other", { count: String(count) });
}

/** One working group (AG-6): what it is about, who convenes it, its topics and members, joining and leaving. */
export const GroupItem = memo(function GroupItem(props: GroupItemProps) {
  const { t, boardId, cards, group, memberships, actor, moderatorKey, convenerKey, submit } = props;
  const id = useId();
  const [joining, setJoining] = useState(false);
  const moderator = actor.role === "moderator";
  const own = memberships.find((membership) => isAuthorOf(membership, actor.authorId));
  const topics = group.topicCardIds.map((cardId) => cards[cardId]).filter((card): card is Card => card !== undefined);
  const fetched = useConvenerMembers(boardId, group.id, moderator ? null : convenerKey, memberships);
  const memberKey = moderator && moderatorKey ? { moderatorKey } : convenerKey ? { convenerKey } : null;

  return (
    <li className="group" aria-labelledby={`${id}-name`} data-testid="group" data-group-id={group.id}>
      <h3 id={`${id}-name`}>{group.name}</h3>
      {group.description && <p className="group-description">{group.description}</p>}
      {group.conveners.length > 0 && (
        <p className="group-muted">{t("groups.conveners", { names: group.conveners.join(", ") })}</p>
      )}
      {topics.length > 0 && (
        <>
          <h4 id={`${id}-topics`}>{t("groups.topics")}</h4>
          <ul className="group-topics" aria-labelledby={`${id}-topics`}>
            {topics.map((card) => {
              const standing = props.standingOf?.(card.id);
              return (
                <li key={card.id} data-testid="group-topic">
                  {props.labelOf(card)}
                  {standing?.votes != null && (
                    <span className="group-topic-votes">
                      {t("groups.topicVotes", { count: String(standing.votes) })}
                    </span>
                  )}
                  {standing?.priority && <span className="group-topic-priority">{t("groups.topicPriority")}</span>}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h4 id={`${id}-members`}>{t("groups.members")}</h4>
      <p className="group-count" data-testid="group-count" data-count={memberships.length}>
        {countText(t, memberships.length)}
      </p>
      <MemberList
        t={t}
        headingId={`${id}-members`}
        memberships={memberships}
        authorId={actor.authorId}
        withContacts={Array.isArray(fetched) ? fetched : null}
      />
      {fetched === "failed" && <p className="field-error">{t("groups.membersFailed")}</p>}
      {!moderator && convenerKey && <p className="group-muted">{t("groups.convening")}</p>}

      {joining && !own ? (
        <JoinForm
          t={t}
          group={group}
          displayName={props.displayName}
          ownCard={props.ownCard}
          submit={submit}
          onDone={(joined) => {
            setJoining(false);
            if (joined) props.onStatus(t("groups.joined", { name: group.name }));
          }}
        />
      ) : (
        <div className="group-actions">
          {own ? (
            <button
              type="button"
              className="button"
              aria-label={t("groups.leaveFrom", { name: group.name })}
              data-testid="group-leave"
              onClick={() => {
                submit({ type: "group.leave", groupId: group.id });
                props.onStatus(t("groups.left", { name: group.name }));
              }}
            >
              {t("groups.leave")}
            </button>
          ) : (
            actor.authorId && (
              <button
                type="button"
                className="button button-primary"
                aria-label={t("groups.joinIn", { name: group.name })}
                data-testid="group-join"
                onClick={() => setJoining(true)}
              >
                {t("groups.join")}
              </button>
            )
          )}
          {moderator && (
            <>
              <button
                type="button"
                className="button"
                aria-label={t("groups.editNamed", { name: group.name })}
                onClick={() => props.onEdit(group)}
              >
                {t("groups.edit")}
              </button>
              <button
                type="button"
                className="button button-danger"
                aria-label={t("groups.removeNamed", { name: group.name })}
                onClick={() => props.onRemove(group)}
              >
                {t("groups.remove")}
              </button>
            </>
          )}
        </div>
      )}
      {memberKey && (
        <ConvenerTools
          t={t}
          boardId={boardId}
          group={group}
          memberKey={memberKey}
          moderator={moderator}
          submit={submit}
        />
      )}
    </li>
  );
});
