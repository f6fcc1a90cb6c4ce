import { useEffect, useMemo, useRef, useState } from "react";
import { type BoardState, cardsOf } from "../../../shared/boardState";
import { isAuthorOf } from "../../../shared/core/authorTags";
import { viewOf } from "../../../shared/core/recordView";
import { type GroupMembership, membersOf, type WorkingGroup, workingGroupsOf } from "../../../shared/features/groups";
import type { BusinessCard } from "../../../shared/features/networking/records";
import type { Actor, Card } from "../../../shared/model";
import type { BoardActions } from "../../core/boardActions";
import { ConfirmDialog } from "../../core/ui/ConfirmDialog";
import { useIdentity } from "../../sync/identity";
import { browserStorage } from "../../sync/storage";
import type { CardStanding } from "../voting";
import { readConvenerSecret, takeConvenerFragment } from "./convenerLink";
import { GroupForm } from "./GroupForm";
import { GroupItem } from "./GroupItem";
import { useGroupsT } from "./useGroupsT";
import "./groups.css";

export interface GroupsViewProps {
  boardId: string;
  board: BoardState;
  actor: Actor;
  actions: BoardActions;
  /** The moderator key this page joined with: the member downloads are fetched with it. */
  moderatorKey: string | null;
  labelOf(card: Card): string;
  /** A topic card's votes and priority, as this viewer may see them (AG-6). */
  standingOf?(cardId: string): CardStanding;
}

const NO_MEMBERS: readonly GroupMembership[] = [];

/** The working groups view (AG-6): every group, joining and leaving, and the moderators' and conveners' tools. */
export function GroupsView({ boardId, board, actor, actions, moderatorKey, labelOf, standingOf }: GroupsViewProps) {
  const t = useGroupsT();
  const identity = useIdentity();
  const view = useMemo(() => viewOf(board), [board]);
  const groups = workingGroupsOf(view);
  const moderator = actor.role === "moderator";
  const cards = cardsOf(board);
  const ownCard = view.list<BusinessCard>("businessCard").find((card) => isAuthorOf(card, actor.authorId)) ?? null;
  const [form, setForm] = useState<WorkingGroup | "new" | null>(null);
  const [removing, setRemoving] = useState<WorkingGroup | null>(null);
  const [status, setStatus] = useState("");
  // A conveners' link opened here: its secret is kept and the fragment leaves the address (AG-5);
  // rendering again then reads the kept secret.
  const [, setConvened] = useState(0);
  useEffect(() => {
    if (takeConvenerFragment(browserStorage(), boardId)) setConvened((count) => count + 1);
  }, [boardId]);
  const newRef = useRef<HTMLButtonElement>(null);
  const displayName = identity.chosen ? (identity.name ?? "") : "";

  // Made again only when groups or memberships change, so other changes re-render no group.
  const groupRecords = board.workingGroup;
  const membershipRecords = board.groupMembership;
  const membersByGroup = useMemo(() => {
    const groupsOnly = viewOf({ workingGroup: groupRecords, groupMembership: membershipRecords });
    const byGroup = new Map<string, GroupMembership[]>();
    for (const group of workingGroupsOf(groupsOnly)) byGroup.set(group.id, membersOf(groupsOnly, group.id));
    return byGroup;
  }, [groupRecords, membershipRecords]);

  return (
    <section className="groups" aria-labelledby="groups-heading" data-testid="groups">
      <div className="groups-top">
        <div>
          <h2 id="groups-heading">{t("groups.heading")}</h2>
          <p>{t("groups.intro")}</p>
        </div>
        {moderator && form === null && (
          <button
            ref={newRef}
            type="button"
            className="button button-primary"
            data-testid="group-new"
            onClick={() => setForm("new")}
          >
            {t("groups.new")}
          </button>
        )}
      </div>
      <p role="status" className="groups-status" data-testid="groups-status">
        {status}
      </p>
      {moderator && form !== null && (
        <GroupForm
          t={t}
          boardId={boardId}
          board={board}
          group={form === "new" ? null : form}
          labelOf={labelOf}
          submit={actions.submit}
          onDone={() => {
            setForm(null);
            requestAnimationFrame(() => newRef.current?.focus());
          }}
        />
      )}
      {groups.length === 0 ? (
        <p className="group-muted">{t("groups.empty")}</p>
      ) : (
        <ul className="groups-list" aria-label={t("groups.list")}>
          {groups.map((group) => (
            <GroupItem
              key={group.id}
              t={t}
              boardId={boardId}
              cards={cards}
              group={group}
              memberships={membersByGroup.get(group.id) ?? NO_MEMBERS}
              actor={actor}
              ownCard={ownCard}
              displayName={displayName}
              moderatorKey={moderatorKey}
              convenerKey={readConvenerSecret(browserStorage(), boardId, group.id)}
              labelOf={labelOf}
              standingOf={standingOf}
              submit={actions.submit}
              onEdit={setForm}
              onRemove={setRemoving}
              onStatus={setStatus}
            />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t("groups.removeTitle")}
        message={t("groups.removeMessage", { name: removing?.name ?? "" })}
        confirmLabel={t("groups.remove")}
        onConfirm={() => {
          if (removing) actions.submit({ type: "group.remove", groupId: removing.id });
          setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
