import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** axe-core's violations on the page as it is now, one line each: the rule and where. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}
