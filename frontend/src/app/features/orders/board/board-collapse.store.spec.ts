import { TestBed } from '@angular/core/testing';

import { aStage } from '../../../testing/fixtures';
import { BoardCollapseStore, COLLAPSED_STAGES_STORAGE_KEY } from './board-collapse.store';

describe('BoardCollapseStore', () => {
  const open = aStage({ key: 'paid' });
  const won = aStage({ key: 'completed', won: true });
  const lost = aStage({ key: 'cancelled', lost: true });

  const create = () => {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [BoardCollapseStore] });
    return TestBed.inject(BoardCollapseStore);
  };

  beforeEach(() => localStorage.removeItem(COLLAPSED_STAGES_STORAGE_KEY));

  it('folds closed stages and keeps open ones unfolded by default', () => {
    const store = create();
    expect([open, won, lost].map((stage) => store.isCollapsed(stage))).toEqual([false, true, true]);
  });

  it('toggles a column both ways and remembers the choice in the browser', () => {
    const store = create();
    store.toggle(won);
    store.toggle(open);
    expect([open, won, lost].map((stage) => store.isCollapsed(stage))).toEqual([true, false, true]);
    const reopened = create();
    expect([open, won, lost].map((stage) => reopened.isCollapsed(stage))).toEqual([true, false, true]);
    reopened.toggle(open);
    expect(reopened.isCollapsed(open)).toBe(false);
  });

  it('ignores a broken stored value', () => {
    localStorage.setItem(COLLAPSED_STAGES_STORAGE_KEY, '{not json');
    expect(create().isCollapsed(won)).toBe(true);
  });
});
