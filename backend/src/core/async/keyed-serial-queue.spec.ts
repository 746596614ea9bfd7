import { KeyedSerialQueue } from './keyed-serial-queue';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('KeyedSerialQueue', () => {
  it('runs one key in order, other keys alongside, and goes on after a failure', async () => {
    const queue = new KeyedSerialQueue();
    const order: string[] = [];
    const slow = queue.run('a', async () => {
      await tick(20);
      order.push('a1');
    });
    const failing = queue.run('a', async () => {
      order.push('a2');
      throw new Error('broken');
    });
    const after = queue.run('a', async () => {
      order.push('a3');
    });
    const other = queue.run('b', async () => {
      order.push('b1');
    });
    await Promise.all([slow, failing.catch(() => undefined), after, other]);
    expect(order).toEqual(['b1', 'a1', 'a2', 'a3']);
    await expect(failing).rejects.toThrow('broken');
    await tick(0);
    expect(queue.size).toBe(0);
  });
});
