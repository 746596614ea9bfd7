import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { isDefaultClientCategory } from '@switchboard/contracts';

/** A client category in the interface language: the offered ones are codes, a typed one stays as typed. */
export function clientCategoryName(transloco: TranslocoService, category: string | null | undefined): string {
  if (!category) return '';
  return isDefaultClientCategory(category) ? transloco.translate(`clients.categories.${category}`) : category;
}

/** Impure so that it follows a language switch, like the transloco pipe. */
@Pipe({ name: 'clientCategory', pure: false })
export class ClientCategoryPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(category: string | null | undefined): string {
    return clientCategoryName(this.transloco, category);
  }
}
