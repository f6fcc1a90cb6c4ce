import { type RefObject, useEffect, useLayoutEffect } from "react";

/** Below this the text is too small for a wall: a word then breaks after all, a list is cut. */
const SMALLEST_PX = 14;
const SMALLEST_WORD_PX = 12;

/**
 * PROJ-3: type as large as the boxes allow, after every render and whenever the container's size
 * changes. A `.projector-fit-height` list whose content is taller than its box gets smaller type
 * (down to 14 px); then each `.projector-fit` element whose longest word overflows its box gets a
 * size that fits the word, so no word is broken in the middle (Chromium on Linux has no
 * hyphenation dictionaries: a long German word would be cut anywhere).
 */
export function useFitText(container: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => fitTextIn(container.current));
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const observer = new ResizeObserver(() => fitTextIn(root));
    observer.observe(root);
    return () => observer.disconnect();
  }, [container]);
}

function fitTextIn(root: HTMLElement | null): void {
  if (!root) return;
  const lists = [...root.querySelectorAll<HTMLElement>(".projector-fit-height")];
  const words = [...root.querySelectorAll<HTMLElement>(".projector-fit")];
  for (const element of words) {
    element.style.fontSize = "";
    element.style.overflowWrap = "normal";
  }
  for (const list of lists) list.style.fontSize = "";
  // Height grows with about the square of the type size (larger letters, more lines): a few rounds.
  for (let round = 0; round < 4; round++) {
    const sizes = lists.map((list) => {
      if (list.scrollHeight <= list.clientHeight || list.clientHeight === 0) return null;
      const size = Number.parseFloat(getComputedStyle(list).fontSize);
      if (size <= SMALLEST_PX) return null;
      return Math.max(SMALLEST_PX, Math.floor(size * Math.sqrt(list.clientHeight / list.scrollHeight) * 0.97 * 2) / 2);
    });
    if (sizes.every((size) => size === null)) break;
    lists.forEach((list, index) => {
      const size = sizes[index];
      if (size !== null) list.style.fontSize = `${size}px`;
    });
  }
  // One size for every list, the smallest: the columns read alike.
  const listSizes = lists.map((list) => Number.parseFloat(list.style.fontSize)).filter((size) => size > 0);
  if (listSizes.length > 0) for (const list of lists) list.style.fontSize = `${Math.min(...listSizes)}px`;
  // Measured all at once, then set: the page lays out a few times, not once per element.
  const sizes = words.map((element) => {
    const { clientWidth, scrollWidth } = element;
    if (scrollWidth <= clientWidth || clientWidth === 0) return null;
    const size = Number.parseFloat(getComputedStyle(element).fontSize);
    return Math.max(SMALLEST_WORD_PX, Math.floor(((size * clientWidth) / scrollWidth) * 2) / 2);
  });
  words.forEach((element, index) => {
    const size = sizes[index];
    if (size !== null) element.style.fontSize = `${size}px`;
  });
  for (const element of words) {
    if (element.scrollWidth > element.clientWidth) element.style.overflowWrap = "anywhere";
  }
}
