import { Page } from 'playwright-core';

/** A page control that something else (the call dock, say) covers at its centre. */
export interface CoveredControl {
  control: string;
  coveredBy: string;
}

/**
 * Scrolls each field and button of the page's own content (`main`) into view and asks the browser
 * which element is on top at its centre. A control counts as covered when that element is neither the
 * control, nor inside it, nor part of the same form field.
 */
export function coveredControls(page: Page): Promise<CoveredControl[]> {
  return page.evaluate(async () => {
    const describe = (element: Element) =>
      element.getAttribute('data-testid') ??
      `${element.tagName.toLowerCase()}.${Array.from(element.classList).slice(0, 2).join('.')}`;
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>('main :is(input, textarea, button, mat-select, a[href])'),
    ).filter(
      (control) => control.getClientRects().length > 0 && getComputedStyle(control).visibility !== 'hidden',
    );
    const covered: { control: string; coveredBy: string }[] = [];
    for (const control of controls) {
      control.scrollIntoView({ block: 'center', inline: 'center' });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const box = control.getBoundingClientRect();
      // A file input or a checkbox's native input is styled away to nothing: its wrapper gets the click.
      const target = box.width < 2 || box.height < 2 ? (control.parentElement ?? control) : control;
      const area = target.getBoundingClientRect();
      const hit = document.elementFromPoint(area.left + area.width / 2, area.top + area.height / 2);
      const field = target.closest('mat-form-field, mat-checkbox, label');
      const ok = hit && (target.contains(hit) || hit.contains(target) || (field && field.contains(hit)));
      if (!ok || hit.closest('sb-call-dock')) {
        covered.push({ control: describe(control), coveredBy: hit ? describe(hit) : 'nothing (off screen)' });
      }
    }
    return covered;
  });
}

/** Whether two elements' boxes overlap on screen. */
export async function overlap(page: Page, first: string, second: string): Promise<boolean> {
  const [a, b] = await Promise.all([page.locator(first).boundingBox(), page.locator(second).boundingBox()]);
  if (!a || !b) throw new Error(`no box for ${a ? second : first}`);
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
