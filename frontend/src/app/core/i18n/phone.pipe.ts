import { Pipe, PipeTransform, inject } from '@angular/core';
import { CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

import { WorkspaceStore } from '../workspace/workspace.store';

/** Writes a number of the home region in its national format, any other internationally. */
export function displayPhone(number: string, homeRegion: string | null): string {
  const parsed = parsePhoneNumberFromString(number, (homeRegion ?? undefined) as CountryCode | undefined);
  if (!parsed?.isPossible()) return number;
  return parsed.country === homeRegion ? parsed.formatNational() : parsed.formatInternational();
}

/**
 * One way to show a phone number everywhere (card, pops, history, lists), whether it was stored as typed
 * or as E.164. Impure: it re-renders once the home region has loaded.
 */
@Pipe({ name: 'phone', pure: false })
export class PhonePipe implements PipeTransform {
  private readonly workspace = inject(WorkspaceStore);

  constructor() {
    void this.workspace.ensureLoaded();
  }

  transform(number: string | null | undefined): string {
    return number ? displayPhone(number, this.workspace.facts()?.phoneRegion ?? null) : '';
  }
}
