import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

const TERMS = ['offered', 'shortAbandon', 'serviceLevel', 'abandonRate', 'asa', 'aht', 'colours'] as const;

/** How each figure of the wallboard is counted, in words. */
@Component({
  selector: 'sb-formulas-help',
  imports: [TranslocoPipe],
  template: `
    <h2 class="title">{{ 'wallboard.help.title' | transloco }}</h2>
    <dl>
      @for (term of terms; track term) {
        <dt>{{ 'wallboard.help.' + term + '.term' | transloco }}</dt>
        <dd>{{ 'wallboard.help.' + term + '.text' | transloco }}</dd>
      }
    </dl>
  `,
  styles: `
    :host {
      display: block;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    .title {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    dl {
      margin: 0;
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormulasHelp {
  protected readonly terms = TERMS;
}
