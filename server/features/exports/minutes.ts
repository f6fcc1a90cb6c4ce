import type { ExportView } from "./exportView";
import { MINUTES_SECTIONS, type MinutesSection } from "./sections";

/** The board's minutes as Markdown (EXP-7): every section that has something to say, in order. */
export function minutesMarkdown(board: ExportView, sections: readonly MinutesSection[] = MINUTES_SECTIONS): string {
  const parts = sections.flatMap((section) => {
    const markdown = section.markdown(board);
    return markdown ? [markdown] : [];
  });
  return `${parts.join("\n\n")}\n`;
}
