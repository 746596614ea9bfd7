/** A set that forgets its oldest entries beyond `capacity`; `add` of a present entry refreshes it. */
export class BoundedSet {
  private readonly entries = new Set<string>();

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError('capacity must be a positive integer');
  }

  has(entry: string): boolean {
    return this.entries.has(entry);
  }

  /** False when the entry was already there. */
  add(entry: string): boolean {
    const fresh = !this.entries.delete(entry);
    this.entries.add(entry);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.values().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    return fresh;
  }

  get size(): number {
    return this.entries.size;
  }
}
