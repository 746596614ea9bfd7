import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe, TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';

import en from '../../../../../public/i18n/en.json';
import { CallEventsStore, PendingWrapUp } from '../../../core/calls/call-events.store';
import { ConsoleDrawerStore } from '../../../core/calls/console-drawer.store';
import { PopEntry } from '../../../core/calls/pop-stack';
import { CallDock } from './call-dock';
import { SPLIT_QUERY, STACKED_QUERY } from './dock-layout';

@Component({
  selector: 'sb-pop-stack',
  template: '<button data-testid="pop-open">Open card</button>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class FakePopStack {}

@Component({ selector: 'sb-wrap-up-panel', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class FakeWrapUpPanel {}

@Component({ selector: 'sb-monitor-banner', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class FakeMonitorBanner {}

@Component({
  selector: 'sb-console-drawer',
  template: `<input data-testid="note" /><input data-testid="listing" aria-expanded="true" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class FakeConsoleDrawer {}

describe('CallDock', () => {
  let fixture: ComponentFixture<CallDock>;
  let drawer: ConsoleDrawerStore;
  const pops = signal<PopEntry[]>([]);
  const host = () => fixture.nativeElement as HTMLElement;
  const find = (id: string) => host().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const escape = (target: HTMLElement) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));

  beforeEach(async () => {
    pops.set([]);
    TestBed.configureTestingModule({
      imports: [
        CallDock,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en', 'ru', 'uk'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        {
          provide: BreakpointObserver,
          useValue: {
            observe: () =>
              of({ matches: true, breakpoints: { [SPLIT_QUERY]: false, [STACKED_QUERY]: true } }),
          },
        },
        { provide: CallEventsStore, useValue: { pops, wrapUp: signal<PendingWrapUp | null>(null) } },
      ],
    });
    TestBed.overrideComponent(CallDock, {
      set: {
        imports: [
          MatIconModule,
          TranslocoPipe,
          FakeMonitorBanner,
          FakePopStack,
          FakeWrapUpPanel,
          FakeConsoleDrawer,
        ],
      },
    });
    fixture = TestBed.createComponent(CallDock);
    document.body.appendChild(host());
    drawer = TestBed.inject(ConsoleDrawerStore);
    await fixture.whenStable();
  });
  afterEach(() => host().remove());

  it('lays out by the screen and says so while no call is on', () => {
    expect(host().getAttribute('data-layout')).toBe('stacked');
    expect(host().classList).toContain('layout-stacked');
    expect(find('call-column-idle')?.textContent).toContain('No call right now');
    pops.set([{ state: 'ringing' } as PopEntry]);
    fixture.detectChanges();
    expect(find('call-column-idle')).toBeNull();
  });

  it('moves focus into the opened card, and Escape closes it and gives focus back to the pop', async () => {
    const opener = find('pop-open');
    opener?.focus();
    drawer.openClient('c-1', 'call-1');
    await fixture.whenStable();
    const card = find('console-drawer');
    expect(document.activeElement).toBe(card);

    const note = find('note');
    note?.focus();
    if (note) escape(note);
    await fixture.whenStable();
    expect(drawer.opened()).toBe(false);
    expect(find('console-drawer')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('leaves the card open when Escape only closes an open list inside it', async () => {
    drawer.openClient('c-1');
    await fixture.whenStable();
    const listing = find('listing');
    if (listing) escape(listing);
    await fixture.whenStable();
    expect(drawer.opened()).toBe(true);
  });
});
