/**
 * Moving focus after React re-rendered. A card that moves to another column is a new element,
 * so focus is put back by looking it up again once the frame is drawn.
 */
export function focusCard(cardId: string, part: string): void {
  requestAnimationFrame(() => {
    const card = document.querySelector<HTMLElement>(`[data-testid="card"][data-card-id="${CSS.escape(cardId)}"]`);
    if (!card) return;
    if (part === "editor") return card.querySelector<HTMLElement>("input, textarea")?.focus();
    const target = part === "card" ? card : card.querySelector<HTMLElement>(`[data-focus="${part}"]`);
    (target ?? card).focus();
  });
}

export function focusColumn(columnId: string, part = "heading"): void {
  requestAnimationFrame(() => {
    const column = document.querySelector<HTMLElement>(
      `[data-testid="column"][data-column-id="${CSS.escape(columnId)}"]`,
    );
    column?.querySelector<HTMLElement>(`[data-focus="${part}"]`)?.focus();
  });
}

/** Focuses an element by id once the frame is drawn (it must be focusable, e.g. tabIndex -1). */
export function focusById(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** Focuses the first field with an error once the frame is drawn, so a keyboard or screen-reader user lands on it. */
export function focusFirstError(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
}
