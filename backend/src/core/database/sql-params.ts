/** Collects positional parameters while a statement is built; `add` returns the placeholder. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A LIKE pattern that matches `text` literally. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');
