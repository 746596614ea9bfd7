import { SpeechCache } from './speech-cache';

describe('SpeechCache', () => {
  it('renders a key once, shares a render in progress and hands out copies', async () => {
    const cache = new SpeechCache(5);
    const render = jest.fn(async () => Buffer.from('abc'));
    const [first, second] = await Promise.all([cache.get('k', render), cache.get('k', render)]);
    first.fill(0);
    expect(second.toString()).toBe('abc');
    expect((await cache.get('k', render)).toString()).toBe('abc');
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed render so the next call renders again', async () => {
    const cache = new SpeechCache(5);
    await expect(cache.get('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(cache.size).toBe(0);
    expect((await cache.get('k', async () => Buffer.from('ok'))).toString()).toBe('ok');
  });

  it('drops the least recently used key beyond its capacity', async () => {
    const cache = new SpeechCache(2);
    const render = jest.fn(async () => Buffer.from('x'));
    await cache.get('a', render);
    await cache.get('b', render);
    await cache.get('a', render);
    await cache.get('c', render);
    expect(cache.size).toBe(2);
    await cache.get('a', render);
    expect(render).toHaveBeenCalledTimes(3);
    await cache.get('b', render);
    expect(render).toHaveBeenCalledTimes(4);
  });
});
