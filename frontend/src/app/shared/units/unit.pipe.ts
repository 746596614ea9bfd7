import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { isUnit } from '@switchboard/contracts';

/**
 * A unit in the interface language (`pcs` reads `шт.` in uk); a unit an admin typed stays as typed.
 * Impure so that it follows a language switch, like the transloco pipe.
 */
@Pipe({ name: 'unit', pure: false })
export class UnitPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(unit: string | null | undefined): string {
    if (!unit) return '';
    return isUnit(unit) ? this.transloco.translate(`units.${unit}`) : unit;
  }
}
