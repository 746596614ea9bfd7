import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { PageQuery, PageSize } from './page.query';

class ShortPageQuery extends PageQuery {
  @PageSize(100)
  override pageSize = 20;
}

const reasons = (type: new () => PageQuery, query: Record<string, string>) =>
  validateSync(plainToInstance(type, query)).flatMap((error) => Object.values(error.constraints ?? {}));

describe('PageQuery', () => {
  it('reads page and pageSize from the query string, with defaults', () => {
    expect(plainToInstance(PageQuery, {})).toMatchObject({ page: 1, pageSize: 20 });
    expect(plainToInstance(PageQuery, { page: '3', pageSize: '200' })).toMatchObject({
      page: 3,
      pageSize: 200,
    });
    expect(reasons(PageQuery, { page: '0', pageSize: '201' })).toEqual([
      'must be 1 or more',
      'must be 200 or less',
    ]);
  });

  it('lets a list lower its page size limit, keeping the other rules', () => {
    expect(reasons(ShortPageQuery, { pageSize: '150' })).toEqual(['must be 100 or less']);
    expect(reasons(ShortPageQuery, { pageSize: '1.5' })).toEqual(['must be a whole number']);
    expect(reasons(ShortPageQuery, { page: '0', pageSize: '100' })).toEqual(['must be 1 or more']);
  });
});
