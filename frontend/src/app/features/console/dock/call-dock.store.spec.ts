import { BreakpointObserver, BreakpointState } from '@angular/cdk/layout';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { BehaviorSubject } from 'rxjs';

import { CallEventsStore, PendingWrapUp } from '../../../core/calls/call-events.store';
import { ConsoleDrawerStore } from '../../../core/calls/console-drawer.store';
import { PopEntry } from '../../../core/calls/pop-stack';
import { CallDockStore } from './call-dock.store';
import { SPLIT_QUERY, STACKED_QUERY } from './dock-layout';

/** The viewport as the breakpoint observer reports it. */
const viewport = (width: number): BreakpointState => {
  const breakpoints = { [SPLIT_QUERY]: width >= 1700, [STACKED_QUERY]: width >= 1100 };
  return { matches: Object.values(breakpoints).some(Boolean), breakpoints };
};

describe('CallDockStore', () => {
  const state = new BehaviorSubject<BreakpointState>(viewport(1920));
  const pops = signal<PopEntry[]>([]);
  const wrapUp = signal<PendingWrapUp | null>(null);
  let dock: CallDockStore;
  let drawer: ConsoleDrawerStore;

  beforeEach(() => {
    state.next(viewport(1920));
    pops.set([]);
    wrapUp.set(null);
    TestBed.configureTestingModule({
      providers: [
        { provide: BreakpointObserver, useValue: { observe: () => state } },
        { provide: CallEventsStore, useValue: { pops, wrapUp } },
      ],
    });
    dock = TestBed.inject(CallDockStore);
    drawer = TestBed.inject(ConsoleDrawerStore);
  });

  it('keeps the dock open beside the page on wide and medium screens, in two columns or one', () => {
    expect(dock.layout()).toBe('split');
    expect(dock.open()).toBe(true);
    state.next(viewport(1366));
    expect(dock.layout()).toBe('stacked');
    expect(dock.folded()).toBe(false);
    expect(dock.open()).toBe(true);
  });

  it('folds the dock behind the toggle on narrow screens, counting the pops and the wrap-up waiting', () => {
    state.next(viewport(1024));
    expect(dock.layout()).toBe('toggle');
    expect(dock.open()).toBe(false);
    pops.set([{ state: 'ringing' } as PopEntry, { state: 'ended' } as PopEntry]);
    wrapUp.set({ callId: 'a', entry: null, endedAt: null });
    expect(dock.waiting()).toBe(3);

    dock.toggle();
    expect(dock.open()).toBe(true);
    drawer.openClient('c-1', 'a');
    dock.toggle();
    expect(dock.open()).toBe(false);
    expect(drawer.opened()).toBe(false);
  });

  it('stays open on a narrow screen while the card is open, so resizing never hides it', () => {
    drawer.openClient('c-1');
    state.next(viewport(900));
    expect(dock.open()).toBe(true);
    drawer.close();
    expect(dock.open()).toBe(false);
  });
});
