import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CustomFieldDefinition } from '@switchboard/contracts';

import { ClientFieldsStore, reorder } from './client-fields.store';
import { addOptions } from './custom-field-form';

const field = (id: string, position: number, overrides: Partial<CustomFieldDefinition> = {}) => ({
  id,
  key: id,
  label: id.toUpperCase(),
  type: 'text' as const,
  options: [],
  position,
  ...overrides,
});
const ids = (fields: CustomFieldDefinition[]) => fields.map((item) => item.id);

describe('reorder', () => {
  it('swaps neighbours and renumbers every position from 0', () => {
    const moved = reorder([field('a', 0), field('b', 5), field('c', 5)], 2, -1);
    expect(moved.map(({ id, position }) => [id, position])).toEqual([
      ['a', 0],
      ['c', 1],
      ['b', 2],
    ]);
  });

  it('leaves the list alone at either end', () => {
    const fields = [field('a', 0), field('b', 1)];
    expect(reorder(fields, 0, -1)).toBe(fields);
    expect(reorder(fields, 1, 1)).toBe(fields);
  });
});

describe('addOptions', () => {
  it('splits pasted text at commas and line breaks, trims and skips empty and repeated ones', () => {
    expect(addOptions(['gold'], ' bronze, silver ,,gold\nplatinum ')).toEqual([
      'gold',
      'bronze',
      'silver',
      'platinum',
    ]);
  });
});

describe('ClientFieldsStore', () => {
  let store: ClientFieldsStore;
  let http: HttpTestingController;

  const expectList = () => http.expectOne({ method: 'GET', url: '/api/client-fields' });

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), ClientFieldsStore],
    });
    store = TestBed.inject(ClientFieldsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the fields in position order and shows progress meanwhile', () => {
    store.load();
    expect(store.loading()).toBe(true);
    expectList().flush([field('b', 1), field('a', 0)]);
    expect(store.loading()).toBe(false);
    expect(ids(store.fields())).toEqual(['a', 'b']);
    expect(store.empty()).toBe(false);
  });

  it('a failed load shows an error instead of the empty state', () => {
    store.load();
    expectList().flush({ code: 'FORBIDDEN', message: 'no' }, { status: 403, statusText: 'Forbidden' });
    expect(store.errorKey()).toBe('errors.forbidden');
    expect(store.empty()).toBe(false);
  });

  it('create posts the definition, then reloads the list', async () => {
    const loyalty = field('loyalty', 0, { type: 'select', options: ['bronze', 'gold'] });
    const result = store.create({
      key: 'loyalty',
      label: 'Loyalty',
      type: 'select',
      options: ['bronze', 'gold'],
    });
    const post = http.expectOne({ method: 'POST', url: '/api/client-fields' });
    expect(post.request.body).toEqual({
      key: 'loyalty',
      label: 'Loyalty',
      type: 'select',
      options: ['bronze', 'gold'],
    });
    post.flush(loyalty, { status: 201, statusText: 'Created' });
    await expect(result).resolves.toEqual({ ok: true, value: loyalty });
    expectList().flush([loyalty]);
    expect(ids(store.fields())).toEqual(['loyalty']);
  });

  it('a taken key is shown on the key field', async () => {
    const result = store.create({ key: 'vip', label: 'VIP', type: 'boolean' });
    http
      .expectOne('/api/client-fields')
      .flush({ code: 'CUSTOM_FIELD_KEY_TAKEN', message: 'taken' }, { status: 409, statusText: 'Conflict' });
    await expect(result).resolves.toEqual({
      ok: false,
      fieldErrors: { key: 'customFields.keyTaken' },
      messageKey: null,
    });
  });

  it('validation details on one option land on the options field', async () => {
    const result = store.update('a', { options: ['x'.repeat(101)] });
    http.expectOne({ method: 'PATCH', url: '/api/client-fields/a' }).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'invalid',
        details: [{ field: 'options.0', reason: 'each option must be 1 to 100 characters' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await expect(result).resolves.toEqual({
      ok: false,
      fieldErrors: { options: 'validation.rejected' },
      messageKey: null,
    });
  });

  it('remove deletes the field and reloads', async () => {
    const result = store.remove(field('a', 0));
    http.expectOne({ method: 'DELETE', url: '/api/client-fields/a' }).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    await expect(result).resolves.toMatchObject({ ok: true });
    expectList().flush([]);
    expect(store.empty()).toBe(true);
  });

  it('moving down shows the new order at once and patches each position that changed', async () => {
    store.load();
    expectList().flush([field('a', 0), field('b', 1), field('c', 2)]);

    const result = store.move(store.fields()[0], 1);
    expect(ids(store.fields())).toEqual(['b', 'a', 'c']);
    expect(store.moving()).toBe(true);

    const first = http.expectOne({ method: 'PATCH', url: '/api/client-fields/b' });
    expect(first.request.body).toEqual({ position: 0 });
    first.flush(field('b', 0));
    await Promise.resolve();
    const second = http.expectOne({ method: 'PATCH', url: '/api/client-fields/a' });
    expect(second.request.body).toEqual({ position: 1 });
    second.flush(field('a', 1));

    await expect(result).resolves.toEqual({ ok: true, value: undefined });
    expect(store.moving()).toBe(false);
    http.expectNone('/api/client-fields/c');
  });

  it('moving the first field up does nothing', async () => {
    store.load();
    expectList().flush([field('a', 0), field('b', 1)]);
    await expect(store.move(store.fields()[0], -1)).resolves.toEqual({ ok: true, value: undefined });
    http.expectNone(() => true);
  });

  it('a failed move shows the error and reloads the real order', async () => {
    store.load();
    expectList().flush([field('a', 0), field('b', 1)]);
    const result = store.move(store.fields()[1], -1);
    http
      .expectOne({ method: 'PATCH', url: '/api/client-fields/b' })
      .flush({ code: 'CUSTOM_FIELD_NOT_FOUND', message: 'gone' }, { status: 404, statusText: 'Not Found' });
    await expect(result).resolves.toMatchObject({ ok: false });
    expect(store.errorKey()).toBe('errors.notFound');
    expectList().flush([field('a', 0)]);
    expect(ids(store.fields())).toEqual(['a']);
  });
});
