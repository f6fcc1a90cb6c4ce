import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import type { BoardState } from "../../../shared/boardState";
import type { Meeting } from "../../../shared/features/meetings";
import type { Role } from "../../../shared/model";
import { lazyPart } from "../../core/lazyPart";
import { useI18n } from "../../i18n/I18nProvider";
import { EraseMineDialog, ownRecordCounts } from "../privacy";
import { downloadExport } from "./download";
import { useExportsT } from "./useExportsT";
import "./print.css";

interface Props {
  boardId: string;
  boardTitle: string;
  board: BoardState;
  role: Role | null;
  /** The key the page joined with (AUTH-3); a moderator's exports hold what their page shows. */
  moderatorKey: string | null;
  /** This browser's author id on the board (DATA-2's dialog counts its records); null before joining. */
  authorId?: string | null;
  /** DATA-2: erases everything this browser wrote on the board (author.erase); left out, no such item. */
  onEraseMine?: () => void;
}

interface Item {
  key: string;
  label: string;
  run(): void;
}

// Moderators only, and it brings the board-creation links along: fetched when first opened.
const DuplicateDialog = lazyPart(() => import("./DuplicateDialog").then((m) => m.DuplicateDialog));

const menuItemsIn = (menu: HTMLElement | null) => [...(menu?.querySelectorAll<HTMLElement>("[role=menuitem]") ?? [])];

const byDate = (a: Meeting, b: Meeting) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime);

/**
 * EXP-10: the board's one "Exportieren" menu: the minutes, the cards' CSV, the whole board as JSON,
 * print (a clean PDF through the print stylesheet), one's own data (DATA-1), and for moderators each meeting's registrations
 * and duplicating the board as a template (TPL-3). A menu button (WAI-ARIA): arrow keys, Home and End
 * move, Escape closes and returns to the button.
 */
export function ExportMenu({ boardId, boardTitle, board, role, moderatorKey, authorId = null, onEraseMine }: Props) {
  const t = useExportsT();
  const { language } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState("");
  const [duplicating, setDuplicating] = useState(false);
  const [duplicateOpened, setDuplicateOpened] = useState(false);
  const [erasing, setErasing] = useState(false);
  const [eraseSent, setEraseSent] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const moderator = role === "moderator" && moderatorKey !== null;

  const meetings = useMemo(
    () => (moderator ? Object.values((board.meeting ?? {}) as Record<string, Meeting>).sort(byDate) : []),
    [board.meeting, moderator],
  );

  const download = (path: string) => {
    setStatus(t("exports.working"));
    void downloadExport(`/api/boards/${boardId}/${path}`, moderatorKey, language).then((name) =>
      setStatus(name ? t("exports.done", { name }) : t("exports.failed")),
    );
  };

  const items: Item[] = [
    { key: "markdown", label: t("exports.markdown"), run: () => download("export.md") },
    { key: "csv", label: t("exports.csv"), run: () => download("export.csv") },
    { key: "json", label: t("exports.json"), run: () => download("export.json") },
    // DATA-1: everything this browser wrote here, with the author token it holds.
    { key: "my-data", label: t("exports.myData"), run: () => download("my-data.json") },
    // DATA-2: and all of it deleted in one step, after a dialog that says what goes.
    ...(onEraseMine ? [{ key: "erase-mine", label: t("exports.eraseMine"), run: () => setErasing(true) }] : []),
    { key: "print", label: t("exports.print"), run: () => window.print() },
    ...meetings.map((meeting) => ({
      key: `registrations-${meeting.id}`,
      label: t("exports.registrations", {
        date: new Date(`${meeting.date}T12:00:00Z`).toLocaleDateString(language, { timeZone: "UTC" }),
        theme: meeting.theme,
      }),
      run: () => download(`meetings/${meeting.id}/registrations.csv`),
    })),
    ...(moderator
      ? [
          {
            key: "duplicate",
            label: t("exports.duplicate"),
            run: () => {
              setDuplicateOpened(true);
              setDuplicating(true);
            },
          },
        ]
      : []),
  ];

  // DATA-2: once the board holds nothing of this browser's any more, the erase is done.
  useEffect(() => {
    if (eraseSent && ownRecordCounts(board, authorId).size === 0) {
      setEraseSent(false);
      setStatus(t("exports.erased"));
    }
  }, [eraseSent, board, authorId, t]);

  useEffect(() => {
    if (!open) return;
    menuItemsIn(menuRef.current)[0]?.focus();
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [open]);

  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const all = menuItemsIn(menuRef.current);
    const index = all.indexOf(document.activeElement as HTMLElement);
    const focus = (next: number) => all[(next + all.length) % all.length]?.focus();
    if (event.key === "ArrowDown") focus(index + 1);
    else if (event.key === "ArrowUp") focus(index - 1);
    else if (event.key === "Home") focus(0);
    else if (event.key === "End") focus(all.length - 1);
    else if (event.key === "Escape") close(true);
    else if (event.key === "Tab") setOpen(false);
    else return;
    if (event.key !== "Tab") event.preventDefault();
  };

  return (
    <div className="export-menu no-print">
      <button
        ref={buttonRef}
        type="button"
        className="button button-small"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        data-testid="export-open"
        onClick={() => setOpen((shown) => !shown)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t("exports.open")}
      </button>
      {open && (
        <div
          ref={menuRef}
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          className="export-menu-list"
          data-testid="export-menu"
          onKeyDown={onMenuKey}
        >
          {items.map((item) => (
            <button
              key={item.key}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-testid={`export-${item.key}`}
              onClick={() => {
                close(item.key !== "duplicate" && item.key !== "erase-mine");
                item.run();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
      <output className="export-status" aria-live="polite" data-testid="export-status">
        {status}
      </output>
      {erasing && onEraseMine && (
        <EraseMineDialog
          open
          boardId={boardId}
          board={board}
          authorId={authorId}
          onConfirm={() => {
            setErasing(false);
            onEraseMine();
            setStatus(t("exports.erasing"));
            setEraseSent(true);
            buttonRef.current?.focus();
          }}
          onCancel={() => {
            setErasing(false);
            buttonRef.current?.focus();
          }}
        />
      )}
      {duplicateOpened && moderatorKey && (
        <DuplicateDialog
          open={duplicating}
          boardId={boardId}
          boardTitle={boardTitle}
          moderatorKey={moderatorKey}
          onClose={() => {
            setDuplicating(false);
            buttonRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}
