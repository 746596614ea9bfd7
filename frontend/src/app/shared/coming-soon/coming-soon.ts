import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/** Placeholder for a section not built yet: an icon, a title and one line, all translation keys. */
@Component({
  selector: 'sb-coming-soon',
  imports: [MatIconModule, TranslocoPipe],
  template: `
    <mat-icon class="icon" aria-hidden="true">{{ icon() }}</mat-icon>
    <h1 class="title">{{ title() | transloco }}</h1>
    <p class="text">{{ text() | transloco }}</p>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 8px;
      padding: 64px 24px;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
    }
    .icon {
      width: 64px;
      height: 64px;
      font-size: 64px;
      color: var(--mat-sys-primary);
    }
    .title {
      margin: 0;
      font: var(--mat-sys-headline-small);
      color: var(--mat-sys-on-surface);
    }
    .text {
      margin: 0;
      font: var(--mat-sys-body-large);
    }
  `,
  host: { 'data-testid': 'coming-soon', role: 'status' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComingSoon {
  readonly icon = input('construction');
  readonly title = input.required<string>();
  readonly text = input('common.comingSoon');
}
