import { type ReactNode, useRef } from "react";
import { useFitText } from "./useFitText";

/** A focused column or working group: its title and description, then what it holds, in type fitted to the screen. */
export function FittedFocus({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  const section = useRef<HTMLElement>(null);
  useFitText(section);
  return (
    <section
      ref={section}
      className="projector-focus"
      aria-labelledby="projector-focus-title"
      data-testid="projector-focus"
    >
      <h2 id="projector-focus-title" className="projector-focus-title projector-fit">
        {title}
      </h2>
      {description && <p className="projector-focus-description">{description}</p>}
      {children}
    </section>
  );
}
