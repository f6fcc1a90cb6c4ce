import "./styles.css";

/**
 * The entry: the stylesheet, and the app's code once the served HTML's first paint (HTTP-6) is on
 * screen. Evaluating React and the app keeps a phone busy for a while; the page shows before that,
 * not after. A page without a first paint, a hidden tab (it paints nothing) and a browser without
 * paint timing start at once.
 */
const boot = () => void import("./boot");
const firstPaint = document.querySelector("#root > .first-paint");
const paints = globalThis.PerformanceObserver?.supportedEntryTypes?.includes("paint") ?? false;
if (!firstPaint || !paints || document.visibilityState === "hidden") boot();
else {
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntries().some((entry) => entry.name === "first-contentful-paint")) return;
    observer.disconnect();
    boot();
  });
  observer.observe({ type: "paint", buffered: true });
}
