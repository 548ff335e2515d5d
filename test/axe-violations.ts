import axe from 'axe-core';

/**
 * axe-core's violations under `el` (shadow roots included) as readable lines, rule id first:
 * `expect(await axeViolations(el)).toEqual([])` names what failed and where.
 */
export async function axeViolations(el: Element, options: axe.RunOptions = {}): Promise<string[]> {
  const result = await axe.run(el, options);
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`.trim()).join(', ')}`,
  );
}
