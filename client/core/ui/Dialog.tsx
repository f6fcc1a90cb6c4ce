import { type ReactNode, useEffect, useRef } from "react";

interface Props {
  open: boolean;
  labelledBy: string;
  onCancel(): void;
  children: ReactNode;
  /** A class beside `dialog`, for a dialog of another size. */
  className?: string;
}

/**
 * A modal <dialog>: the browser traps focus, makes the page behind inert, closes on Escape
 * (reported as onCancel) and returns focus to where it was when the dialog closes.
 */
export function Dialog({ open, labelledBy, onCancel, children, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : "dialog"}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {open && children}
    </dialog>
  );
}
