import { AFTER_PAINT_MARK } from "../shared/boardPaint";
import { nextTask } from "./core/nextTask";
import "./styles.css";

/**
 * The entry: the stylesheet, and the app's code once the served HTML's first paint (HTTP-6) is on
 * screen. Evaluating React and the app keeps a phone busy for a while; the page shows before that,
 * not after. A board painted with its content (HTTP-7) has its code fetched only then, too. A page
 * without a first paint, a hidden tab (it paints nothing) and a browser without paint timing start
 * at once.
 */
const boot = async () => {
  // HTTP-7: a painted board's code preloads, held back until its paint is on screen. A few per task:
  // each costs the browser about a millisecond on a phone, forty at once would block the page.
  const held = document.querySelector<HTMLTemplateElement>(`template[${AFTER_PAINT_MARK}]`);
  const links = held ? [...held.content.children] : [];
  for (let start = 0; start < links.length; start += PRELOADS_PER_TASK) {
    document.head.append(...links.slice(start, start + PRELOADS_PER_TASK));
    await nextTask();
  }
  // A module and all it imports run in one task; React, the features' rules and the app in three.
  await import("react-dom/client");
  await nextTask();
  await import("./features");
  await nextTask();
  await import("./boot");
};
const PRELOADS_PER_TASK = 3;
const firstPaint = document.querySelector("#root > .first-paint");
const paints = globalThis.PerformanceObserver?.supportedEntryTypes?.includes("paint") ?? false;
if (!firstPaint || !paints || document.visibilityState === "hidden") void boot();
else {
  let started = false;
  const startOnce = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    void boot();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntries().some((entry) => entry.name === "first-contentful-paint")) startOnce();
  });
  observer.observe({ type: "paint", buffered: true });
  // Whatever holds the paint back (a stylesheet on a very slow network), the app starts anyway.
  setTimeout(startOnce, 3_000);
}
