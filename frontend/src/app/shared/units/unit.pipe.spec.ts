import { TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { UNITS } from '@switchboard/contracts';

import en from '../../../../public/i18n/en.json';
import ru from '../../../../public/i18n/ru.json';
import uk from '../../../../public/i18n/uk.json';
import { UnitPipe } from './unit.pipe';

describe('UnitPipe', () => {
  let pipe: UnitPipe;
  let transloco: TranslocoService;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { en, ru, uk },
          translocoConfig: { availableLangs: ['en', 'ru', 'uk'], defaultLang: 'uk' },
          preloadLangs: true,
        }),
      ],
      providers: [UnitPipe],
    });
    pipe = TestBed.inject(UnitPipe);
    transloco = TestBed.inject(TranslocoService);
  });

  it('names the known units in the interface language', () => {
    transloco.setActiveLang('uk');
    expect(pipe.transform('pcs')).toBe('шт.');
    transloco.setActiveLang('ru');
    expect(pipe.transform('kg')).toBe('кг');
    transloco.setActiveLang('en');
    expect(pipe.transform('pcs')).toBe('pcs');
  });

  it('has a name for every unit in every language', () => {
    for (const language of ['en', 'ru', 'uk']) {
      transloco.setActiveLang(language);
      for (const unit of UNITS) expect(pipe.transform(unit)).not.toContain('units.');
    }
  });

  it('keeps a unit an admin typed as it is', () => {
    transloco.setActiveLang('uk');
    expect(pipe.transform('ящик')).toBe('ящик');
    expect(pipe.transform(null)).toBe('');
  });
});
