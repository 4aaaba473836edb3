import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// Issue 11: no serious or critical axe violation (WCAG 2.0 A/AA, 2.1 AA). Used by the every-page
// pass (every-page.spec.ts) and the sign-in steps (a11y.spec.ts).

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

/**
 * The serious and critical violations on the page shown now, each with up to three of its elements.
 * Legacy mode: axe.run in the page itself. The default runs axe per frame and then gathers the
 * results in a blank page of its own, injecting axe three times per check; our pages have no frames,
 * and the legacy run was 2–3 times faster with the same findings.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode().analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 3 ? ` … ${v.nodes.length} in all` : ''}`);
}
