import type { Locator, Page } from "playwright-core";

/**
 * Drags an element by mouse as a person does: pressed near its top, moved past the drag layer's
 * activation distance, then over `target` to its top edge (a place before it) or its centre (onto it).
 */
export async function dragByMouse(
  page: Page,
  source: Locator,
  target: Locator,
  at: "top" | "center" = "top",
  { scrollTarget = false } = {},
) {
  if (scrollTarget) await target.scrollIntoViewIfNeeded();
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error("cannot drag: element not visible");
  await page.mouse.move(from.x + from.width / 2, from.y + 12);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + 30, { steps: 4 });
  const y = at === "top" ? to.y + 4 : to.y + to.height / 2;
  await page.mouse.move(to.x + to.width / 2, y, { steps: 12 });
  await page.mouse.move(to.x + to.width / 2, y + 1, { steps: 2 });
  await page.mouse.up();
}
