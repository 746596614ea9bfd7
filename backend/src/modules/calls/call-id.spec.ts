import { callIdOf } from './call-id';

describe('callIdOf', () => {
  it('is a version 5 UUID, the same for the same PBX call and different across PBXs', () => {
    const id = callIdOf('main', '1795423680.72');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(callIdOf('main', '1795423680.72')).toBe(id);
    expect(callIdOf('branch', '1795423680.72')).not.toBe(id);
  });
});
