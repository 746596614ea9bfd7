import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

import { dispositionLabelKey, pauseReasonKey } from './console-default-names';

/** A pause reason in the interface language when it is one of the defaults. Impure to follow a switch. */
@Pipe({ name: 'pauseReason', pure: false })
export class PauseReasonPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(reason: string | null | undefined): string {
    if (!reason) return '';
    const key = pauseReasonKey(reason);
    return key ? this.transloco.translate(key) : reason;
  }
}

/** A disposition's label in the interface language when it is a default one nobody relabelled. */
@Pipe({ name: 'dispositionLabel', pure: false })
export class DispositionLabelPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(code: string, label: string | null | undefined): string {
    const shown = label ?? code;
    const key = dispositionLabelKey(code, shown);
    return key ? this.transloco.translate(key) : shown;
  }
}
