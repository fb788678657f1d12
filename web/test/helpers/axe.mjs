// Runs axe-core inside the page (WCAG 2.x A/AA rules) and returns its violations. axe is evaluated
// through the DevTools protocol, not injected as a <script>: a strict CSP would refuse the latter.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// { all: true }: every rule axe runs by default, best practices included (rule `region`: all
// content inside landmarks); `disable`: rule ids left out.
export async function axeViolations(page, { all = false, disable = [] } = {}) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(({ all, disable }) =>
    // eslint-disable-next-line no-undef
    axe.run(document, {
      ...(all ? {} : { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
      rules: Object.fromEntries(disable.map((id) => [id, { enabled: false }])),
    }), { all, disable });
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}
