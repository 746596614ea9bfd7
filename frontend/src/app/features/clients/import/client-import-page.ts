import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnInit,
  effect,
  inject,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { ClientImportStore, IMPORT_STEPS } from './client-import.store';
import { ImportFileStep } from './steps/import-file-step';
import { ImportMappingStep } from './steps/import-mapping-step';
import { ImportProgressStep } from './steps/import-progress-step';
import { ImportResultStep } from './steps/import-result-step';

/** Import clients from a CSV or XLSX file in four steps: file, columns, progress, result. */
@Component({
  selector: 'sb-client-import-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    RouterLink,
    TranslocoPipe,
    ImportFileStep,
    ImportMappingStep,
    ImportProgressStep,
    ImportResultStep,
  ],
  providers: [ClientImportStore],
  templateUrl: './client-import-page.html',
  styleUrl: './client-import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientImportPage implements OnInit {
  protected readonly store = inject(ClientImportStore);
  protected readonly steps = IMPORT_STEPS;
  protected readonly stepIndex = () => IMPORT_STEPS.indexOf(this.store.step());
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('stepHeading');
  private firstStep = true;

  constructor() {
    // Each new step takes the keyboard focus to its heading, so the next Tab goes into that step.
    effect(() => {
      this.store.step();
      const heading = this.heading();
      untracked(() => {
        if (!this.firstStep) heading.nativeElement.focus();
        this.firstStep = false;
      });
    });
  }

  ngOnInit(): void {
    this.store.loadFields();
  }
}
