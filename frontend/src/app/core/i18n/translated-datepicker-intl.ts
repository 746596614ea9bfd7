import { DestroyRef, Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslocoService } from '@jsverse/transloco';
import { switchMap } from 'rxjs';

/** MatDatepicker labels from the translations, updated on every language switch. */
@Injectable()
export class TranslatedDatepickerIntl extends MatDatepickerIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco.langChanges$
      .pipe(
        switchMap((lang) => this.transloco.selectTranslation(lang)),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => {
        const label = (key: string) => this.transloco.translate(`datepicker.${key}`);
        this.calendarLabel = label('calendar');
        this.openCalendarLabel = label('openCalendar');
        this.closeCalendarLabel = label('closeCalendar');
        this.prevMonthLabel = label('prevMonth');
        this.nextMonthLabel = label('nextMonth');
        this.prevYearLabel = label('prevYear');
        this.nextYearLabel = label('nextYear');
        this.prevMultiYearLabel = label('prevMultiYear');
        this.nextMultiYearLabel = label('nextMultiYear');
        this.switchToMonthViewLabel = label('switchToMonthView');
        this.switchToMultiYearViewLabel = label('switchToMultiYearView');
        this.changes.next();
      });
  }

  override formatYearRangeLabel(start: string, end: string): string {
    return this.transloco.translate('datepicker.yearRange', { start, end });
  }
}
