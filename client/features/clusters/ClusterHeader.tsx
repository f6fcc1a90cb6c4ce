import { type FormEvent, useId, useRef, useState } from "react";
import { CLUSTER_LIMITS } from "../../../shared/features/clusters";
import { IconButton } from "../../core/ui/IconButton";
import { useT } from "../../i18n/I18nProvider";
import { useBoardUi } from "../board";
import { ClusterToGroup } from "./ClusterToGroup";
import type { ClusterSlot } from "./clusterLayout";
import "./clusters.css";

/** The title line of a cluster's frame (CLU-1): its title and size; moderators rename and dissolve it. */
export function ClusterHeader({ slot }: { slot: ClusterSlot }) {
  const t = useT();
  const ui = useBoardUi();
  const { cluster, size } = slot;
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(cluster.title);
  const fieldId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const shownTitle = cluster.title || t("cluster.untitled");
  const moderator = ui.actor.role === "moderator";

  function save(event: FormEvent) {
    event.preventDefault();
    ui.actions.submit({ type: "cluster.rename", clusterId: cluster.id, title, baseVersion: cluster.version });
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  }

  if (editing) {
    return (
      <form className="cluster-header cluster-title-form" onSubmit={save} data-testid="cluster-title-form">
        <label className="visually-hidden" htmlFor={fieldId}>
          {t("cluster.titleField")}
        </label>
        <input
          id={fieldId}
          className="input"
          value={title}
          maxLength={CLUSTER_LIMITS.title}
          // biome-ignore lint/a11y/noAutofocus: the moderator just asked to edit this title
          autoFocus
          onChange={(event) => setTitle(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape") setEditing(false);
          }}
        />
        <button type="submit" className="button button-small button-primary">
          {t("cluster.save")}
        </button>
        <button type="button" className="button button-small" onClick={() => setEditing(false)}>
          {t("cluster.cancel")}
        </button>
      </form>
    );
  }
  return (
    <div className="cluster-header" data-testid="cluster-header" data-cluster-id={cluster.id}>
      <span className={`cluster-title${cluster.title ? "" : " is-untitled"}`} data-testid="cluster-title">
        {shownTitle}
      </span>
      <span className="cluster-size">
        {t(size === 1 ? "cluster.count.one" : "cluster.count.other", { count: size })}
      </span>
      {moderator && (
        <span className="cluster-actions">
          <ClusterToGroup slot={slot} title={shownTitle} />
          <IconButton
            ref={editButton}
            icon="edit"
            label={t("cluster.rename", { title: shownTitle })}
            data-testid="cluster-rename"
            onClick={() => {
              setTitle(cluster.title);
              setEditing(true);
            }}
          />
          <IconButton
            icon="close"
            label={t("cluster.dissolve", { title: shownTitle })}
            data-testid="cluster-dissolve"
            onClick={() => ui.actions.submit({ type: "cluster.dissolve", clusterId: cluster.id })}
          />
        </span>
      )}
    </div>
  );
}
