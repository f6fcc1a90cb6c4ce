import type { ReactNode } from "react";

export interface FocusedCardItem {
  id: string;
  content: ReactNode;
}

/** The cards under a focused column or working group, sized to what is left of the screen. */
export function FocusedCardList({ items, itemTestId }: { items: readonly FocusedCardItem[]; itemTestId?: string }) {
  return (
    <ul className="projector-focus-cards projector-fit-height">
      {items.map((item) => (
        <li key={item.id} className="projector-focus-card" data-testid={itemTestId}>
          {item.content}
        </li>
      ))}
    </ul>
  );
}
