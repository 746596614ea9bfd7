/**
 * A bounded cache of renders by key, oldest dropped first. It keeps the promise, so two callers asking
 * for the same sentence at once share one render; a failed render is forgotten. Each caller receives
 * its own copy of the bytes, so no caller can change what another receives.
 */
export class SpeechCache {
  private readonly entries = new Map<string, Promise<Buffer>>();

  constructor(private readonly capacity: number) {}

  async get(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
    let entry = this.entries.get(key);
    if (entry) {
      // Re-inserting marks the entry as the most recently used.
      this.entries.delete(key);
      this.entries.set(key, entry);
    } else {
      entry = render();
      this.entries.set(key, entry);
      entry.catch(() => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      });
      while (this.entries.size > this.capacity) {
        const oldest = this.entries.keys().next().value;
        if (oldest === undefined) break;
        this.entries.delete(oldest);
      }
    }
    return Buffer.from(await entry);
  }

  get size(): number {
    return this.entries.size;
  }
}
