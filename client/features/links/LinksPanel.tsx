import { useId, useMemo, useState } from "react";
import { type BoardState, columnsOf } from "../../../shared/boardState";
import { viewOf } from "../../../shared/core/recordView";
import {
  LINK_LABEL_LENGTH,
  type SpecialLink,
  type SpecialLinkKind,
  specialLinksOf,
} from "../../../shared/features/links";
import { newId } from "../../../shared/ids";
import type { Op } from "../../../shared/ops";
import { mintSecret } from "../../core/secrets";
import { ConfirmDialog } from "../../core/ui/ConfirmDialog";
import { CopyField } from "../../core/ui/CopyField";
import { browserStorage } from "../../sync/storage";
import { sortedColumns } from "../board";
import { readLinkSecret, specialLinkUrl, writeLinkSecret } from "./linkSecret";
import "./links.css";
import { type LinksTranslate, useLinksT } from "./useLinksT";

interface Props {
  boardId: string;
  board: BoardState;
  submit(op: Op): void;
}

/**
 * LINK-1, LINK-5: the moderators' special links: make one (label; a small group's column), copy it
 * from the browser that made it (which keeps its secret), revoke it.
 */
export function LinksPanel({ boardId, board, submit }: Props) {
  const t = useLinksT();
  const headingId = useId();
  const links = useMemo(() => specialLinksOf(viewOf(board)), [board]);
  const columns = useMemo(() => sortedColumns(columnsOf(board)), [board]);
  const titleOf = (columnId: string | null) => columns.find((column) => column.id === columnId)?.title ?? "–";
  return (
    <details className="panel links-panel" data-testid="links-panel">
      <summary id={headingId}>{t("links.panel")}</summary>
      <p>{t("links.panel.intro")}</p>
      <NewLinkForm t={t} boardId={boardId} columns={columns} submit={submit} />
      {links.length === 0 ? (
        <p>{t("links.empty")}</p>
      ) : (
        <ul className="links-list" aria-label={t("links.list")}>
          {links.map((link) => (
            <LinkItem
              key={link.id}
              t={t}
              boardId={boardId}
              link={link}
              columnTitle={titleOf(link.columnId)}
              submit={submit}
            />
          ))}
        </ul>
      )}
    </details>
  );
}

function NewLinkForm({
  t,
  boardId,
  columns,
  submit,
}: {
  t: LinksTranslate;
  boardId: string;
  columns: { id: string; title: string }[];
  submit(op: Op): void;
}) {
  const [label, setLabel] = useState("");
  const [kind, setKind] = useState<SpecialLinkKind>("submission");
  const [columnId, setColumnId] = useState("");
  const labelId = useId();
  const columnFieldId = useId();
  const chosenColumn = columns.some((column) => column.id === columnId) ? columnId : (columns[0]?.id ?? "");
  const ready = label.trim().length > 0 && (kind === "submission" || chosenColumn !== "");

  async function create() {
    if (!ready) return;
    const { secret, secretHash } = await mintSecret();
    const linkId = newId();
    writeLinkSecret(browserStorage(), boardId, linkId, secret);
    submit({
      type: "link.create",
      linkId,
      label: label.trim(),
      kind,
      columnId: kind === "group" ? chosenColumn : null,
      keyHash: secretHash,
    });
    setLabel("");
  }

  return (
    <form
      className="links-form"
      aria-label={t("links.new")}
      onSubmit={(event) => {
        event.preventDefault();
        void create();
      }}
    >
      <label htmlFor={labelId}>{t("links.label")}</label>
      <input
        id={labelId}
        value={label}
        maxLength={LINK_LABEL_LENGTH}
        required
        data-testid="link-label"
        onChange={(event) => setLabel(event.target.value)}
      />
      <fieldset>
        <legend>{t("links.kind")}</legend>
        {(["submission", "group"] as const).map((option) => (
          <label key={option} className="links-kind">
            <input
              type="radio"
              name="link-kind"
              value={option}
              checked={kind === option}
              data-testid={`link-kind-${option}`}
              onChange={() => setKind(option)}
            />
            {t(option === "submission" ? "links.kind.submission" : "links.kind.group")}
          </label>
        ))}
      </fieldset>
      {kind === "group" &&
        (columns.length === 0 ? (
          <p>{t("links.noColumns")}</p>
        ) : (
          <>
            <label htmlFor={columnFieldId}>{t("links.column")}</label>
            <select
              id={columnFieldId}
              value={chosenColumn}
              data-testid="link-column"
              onChange={(event) => setColumnId(event.target.value)}
            >
              {columns.map((column) => (
                <option key={column.id} value={column.id}>
                  {column.title}
                </option>
              ))}
            </select>
          </>
        ))}
      <button type="submit" className="button" disabled={!ready} data-testid="link-create">
        {t("links.create")}
      </button>
    </form>
  );
}

function LinkItem({
  t,
  boardId,
  link,
  columnTitle,
  submit,
}: {
  t: LinksTranslate;
  boardId: string;
  link: SpecialLink;
  columnTitle: string;
  submit(op: Op): void;
}) {
  const [confirming, setConfirming] = useState(false);
  const secret = readLinkSecret(browserStorage(), boardId, link.id);
  const kindText =
    link.kind === "submission" ? t("links.item.submission") : t("links.item.group", { column: columnTitle });
  return (
    <li className="links-item" data-testid="link-item" data-kind={link.kind}>
      <p>
        <strong>{link.label}</strong> · {kindText}
      </p>
      {secret ? (
        <CopyField
          label={t("links.url", { label: link.label })}
          copyLabel={t("links.copy", { label: link.label })}
          value={specialLinkUrl(window.location.origin, boardId, link.id, secret)}
          testId="link-url"
        />
      ) : (
        <p>{t("links.notHere")}</p>
      )}
      <button
        type="button"
        className="button button-small button-danger"
        aria-label={t("links.revokeNamed", { label: link.label })}
        data-testid="link-revoke"
        onClick={() => setConfirming(true)}
      >
        {t("links.revoke")}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t("links.revokeNamed", { label: link.label })}
        message={t("links.revoke.confirm", { label: link.label })}
        confirmLabel={t("links.revoke")}
        onConfirm={() => {
          setConfirming(false);
          submit({ type: "link.revoke", linkId: link.id });
        }}
        onCancel={() => setConfirming(false)}
      />
    </li>
  );
}
