import { Injectable, signal } from '@angular/core';
import { OrderStage } from '@switchboard/contracts';

export const COLLAPSED_STAGES_STORAGE_KEY = 'sb.orders.collapsedStages';

/** Stage keys the user chose to fold or unfold; absent from both, a stage follows the default. */
interface CollapseChoices {
  collapsed: string[];
  expanded: string[];
}

function readChoices(): CollapseChoices {
  try {
    const stored = JSON.parse(
      localStorage.getItem(COLLAPSED_STAGES_STORAGE_KEY) ?? 'null',
    ) as Partial<CollapseChoices> | null;
    return {
      collapsed: Array.isArray(stored?.collapsed) ? stored.collapsed : [],
      expanded: Array.isArray(stored?.expanded) ? stored.expanded : [],
    };
  } catch {
    return { collapsed: [], expanded: [] };
  }
}

/**
 * Which board columns are folded to a narrow strip. Closed stages (won or lost) start folded, since
 * orders there need no work; the user's choice per stage is kept in the browser.
 */
@Injectable()
export class BoardCollapseStore {
  private readonly choices = signal<CollapseChoices>(readChoices());

  isCollapsed(stage: OrderStage): boolean {
    const { collapsed, expanded } = this.choices();
    if (collapsed.includes(stage.key)) return true;
    if (expanded.includes(stage.key)) return false;
    return stage.won || stage.lost;
  }

  toggle(stage: OrderStage): void {
    const fold = !this.isCollapsed(stage);
    const { collapsed, expanded } = this.choices();
    const others = (keys: string[]) => keys.filter((key) => key !== stage.key);
    const next = fold
      ? { collapsed: [...others(collapsed), stage.key], expanded: others(expanded) }
      : { collapsed: others(collapsed), expanded: [...others(expanded), stage.key] };
    this.choices.set(next);
    localStorage.setItem(COLLAPSED_STAGES_STORAGE_KEY, JSON.stringify(next));
  }
}
