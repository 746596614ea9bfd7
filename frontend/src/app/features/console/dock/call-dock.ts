import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  untracked,
  viewChild,
} from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

import { CallEventsStore } from '../../../core/calls/call-events.store';
import { ConsoleDrawerStore } from '../../../core/calls/console-drawer.store';
import { ConsoleDrawer } from '../drawer/console-drawer';
import { MonitorBanner } from '../monitor-banner/monitor-banner';
import { PopStack } from '../pops/pop-stack';
import { WrapUpPanel } from '../wrap-up/wrap-up-panel';
import { CallDockStore } from './call-dock.store';
import { FocusReturn, escapeClosesPanel } from './focus-return';

/**
 * The agent's call dock beside the page: the live call's pops and its wrap-up in one column, the
 * caller's card with them. The page gives it room instead of lying under it, so every field and button
 * of the page stays visible and clickable during a call.
 */
@Component({
  selector: 'sb-call-dock',
  imports: [MatIconModule, TranslocoPipe, ConsoleDrawer, MonitorBanner, PopStack, WrapUpPanel],
  templateUrl: './call-dock.html',
  styleUrl: './call-dock.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class]': '"layout-" + dock.layout()',
    '[class.folded]': '!dock.open()',
    '[attr.data-layout]': 'dock.layout()',
  },
})
export class CallDock {
  protected readonly dock = inject(CallDockStore);
  protected readonly drawer = inject(ConsoleDrawerStore);
  private readonly calls = inject(CallEventsStore);
  private readonly injector = inject(Injector);
  private readonly focusReturn = new FocusReturn(inject(DOCUMENT));
  private readonly callsColumn = viewChild.required<ElementRef<HTMLElement>>('calls');
  private readonly card = viewChild<ElementRef<HTMLElement>>('card');

  protected readonly idle = computed(() => !this.calls.pops().length && !this.calls.wrapUp());

  constructor() {
    let wasOpen = false;
    effect(() => {
      const open = this.drawer.opened();
      if (open === wasOpen) return;
      wasOpen = open;
      untracked(() => (open ? this.cardOpened() : this.cardClosed()));
    });
  }

  protected closeOnEscape(event: Event): void {
    if (event instanceof KeyboardEvent && escapeClosesPanel(event)) this.drawer.close();
  }

  /** Focus moves into the card so keyboard users read and use it, and Escape reaches it. */
  private cardOpened(): void {
    this.focusReturn.remember();
    afterNextRender(() => this.card()?.nativeElement.focus({ preventScroll: true }), {
      injector: this.injector,
    });
  }

  private cardClosed(): void {
    afterNextRender(() => this.focusReturn.restore(this.callsColumn().nativeElement), {
      injector: this.injector,
    });
  }
}
