import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';

import ru from '../../../../public/i18n/ru.json';
import uk from '../../../../public/i18n/uk.json';
import { DispositionLabelPipe, PauseReasonPipe } from './console-default-names.pipe';

describe('names of the console defaults', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { uk, ru },
          translocoConfig: { availableLangs: ['uk', 'ru'], defaultLang: 'uk' },
          preloadLangs: true,
        }),
      ],
      providers: [PauseReasonPipe, DispositionLabelPipe],
    });
  });

  it('names the default pause reasons in the interface language and leaves typed ones as typed', () => {
    const pipe = TestBed.inject(PauseReasonPipe);
    expect(pipe.transform('lunch')).toBe('Обід');
    expect(pipe.transform('back office')).toBe('Бек-офіс');
    expect(pipe.transform('Перерва на каву')).toBe('Перерва на каву');
    expect(pipe.transform(null)).toBe('');
  });

  it('translates a default disposition label until an admin relabels it', () => {
    const pipe = TestBed.inject(DispositionLabelPipe);
    expect(pipe.transform('call-back', 'Call back later')).toBe('Передзвонити пізніше');
    expect(pipe.transform('sale', 'Sale made')).toBe('Sale made');
    expect(pipe.transform('custom', 'Своя причина')).toBe('Своя причина');
  });
});
