import { readSearchTerms } from './search-terms';

describe('readSearchTerms', () => {
  it.each([
    ['olena@example.com', { by: 'email', email: 'olena@example.com' }],
    ['067 123 45 67', { by: 'digits', e164: '+380671234567', suffix: '0671234567', taxId: null }],
    ['4567', { by: 'digits', e164: null, suffix: '4567', taxId: null }],
    ['12345678', { by: 'digits', e164: null, suffix: '12345678', taxId: '12345678' }],
    ['Коваль  Олена', { by: 'name', words: ['Коваль', 'Олена'], text: 'Коваль  Олена' }],
    ['567', { by: 'name', words: ['567'], text: '567' }],
  ])('reads %s', (q, expected) => {
    expect(readSearchTerms(q, 'UA')).toEqual(expected);
  });

  it('reads blank text as no search', () => {
    expect(readSearchTerms('   ', 'UA')).toBeNull();
  });
});
