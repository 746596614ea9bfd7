import { DestroyRef, Signal, inject, signal } from '@angular/core';

/** The current time, ticking every second while the calling component lives (for countdowns). */
export function ticking(): Signal<number> {
  const now = signal(Date.now());
  const timer = setInterval(() => now.set(Date.now()), 1000);
  inject(DestroyRef).onDestroy(() => clearInterval(timer));
  return now.asReadonly();
}

/** Whole seconds left until `until`, never negative; null without a deadline. */
export function secondsLeft(until: string | number | null, now: number): number | null {
  if (until === null) return null;
  const end = typeof until === 'number' ? until : Date.parse(until);
  return Number.isNaN(end) ? null : Math.max(0, Math.ceil((end - now) / 1000));
}

/** `m:ss` for a countdown. */
export function formatCountdown(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
