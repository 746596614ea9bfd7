/**
 * Remembers what had focus when a panel opened and gives focus back when the panel closes, so a keyboard
 * user lands where they were (the pop's button) instead of at the top of the page. When they already
 * moved focus elsewhere, it stays there.
 */
export class FocusReturn {
  private origin: HTMLElement | null = null;

  constructor(private readonly document: Document) {}

  remember(): void {
    const active = this.document.activeElement;
    this.origin = active instanceof HTMLElement && active !== this.document.body ? active : null;
  }

  restore(fallback: HTMLElement | null): void {
    const active = this.document.activeElement;
    const target = this.origin?.isConnected ? this.origin : fallback;
    this.origin = null;
    if (!active || active === this.document.body) target?.focus();
  }
}

/** Escape closes the card, but not while it is closing a select or autocomplete list inside it. */
export function escapeClosesPanel(event: KeyboardEvent): boolean {
  const target = event.target instanceof Element ? event.target : null;
  return !target?.closest('[aria-expanded="true"]');
}
