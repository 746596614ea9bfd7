import { HttpErrorResponse } from '@angular/common/http';
import { Page } from '@switchboard/contracts';
import { Subject } from 'rxjs';

import { PageRequest, PagedList } from './paged-list';

const page = (items: string[], total = items.length): Page<string> => ({
  items,
  total,
  page: 1,
  pageSize: 20,
});

describe('PagedList', () => {
  let asked: PageRequest[];
  let answers: Subject<Page<string>>[];
  let list: PagedList<string>;

  beforeEach(() => {
    asked = [];
    answers = [];
    list = new PagedList((request) => {
      asked.push(request);
      const answer = new Subject<Page<string>>();
      answers.push(answer);
      return answer;
    });
  });

  const answer = (index: number, value: Page<string>) => {
    answers[index]?.next(value);
    answers[index]?.complete();
  };

  it('asks for the 1-based page the paginator shows and holds what came back', () => {
    list.setPage(2, 50);
    expect(asked).toEqual([{ page: 3, pageSize: 50 }]);
    expect(list.loading()).toBe(true);
    expect(list.empty()).toBe(false);

    answer(0, page(['a', 'b'], 102));
    expect(list.items()).toEqual(['a', 'b']);
    expect(list.total()).toBe(102);
    expect(list.loading()).toBe(false);
  });

  it('goes back to the first page on restart and keeps the chosen size', () => {
    list.setPage(4, 10);
    list.restart();
    expect(asked.at(-1)).toEqual({ page: 1, pageSize: 10 });
    expect(list.pageIndex()).toBe(0);
  });

  it('drops an answer that a newer request overtook', () => {
    list.load();
    list.load();
    expect(answers[0]?.observed).toBe(false);
    answer(1, page([]));
    expect(list.empty()).toBe(true);
  });

  it('keeps the last page under the message of a failed load, and is not empty then', () => {
    list.load();
    answer(0, page(['a'], 1));
    list.setPage(1, 20);
    answers[1]?.error(new HttpErrorResponse({ status: 0 }));
    expect(list.errorKey()).toBe('errors.network');
    expect(list.loading()).toBe(false);
    expect(list.items()).toEqual(['a']);
    expect(list.empty()).toBe(false);

    list.load();
    expect(list.errorKey()).toBeNull();
  });
});
