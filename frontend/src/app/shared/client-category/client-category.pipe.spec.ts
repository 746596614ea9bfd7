import { TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { DEFAULT_CLIENT_CATEGORIES } from '@switchboard/contracts';

import en from '../../../../public/i18n/en.json';
import ru from '../../../../public/i18n/ru.json';
import uk from '../../../../public/i18n/uk.json';
import { ClientCategoryPipe } from './client-category.pipe';

describe('ClientCategoryPipe', () => {
  let pipe: ClientCategoryPipe;
  let transloco: TranslocoService;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { en, ru, uk },
          translocoConfig: { availableLangs: ['en', 'ru', 'uk'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [ClientCategoryPipe],
    });
    pipe = TestBed.inject(ClientCategoryPipe);
    transloco = TestBed.inject(TranslocoService);
  });

  it('names the offered categories in every language, never by their code', () => {
    for (const language of ['en', 'ru', 'uk']) {
      transloco.setActiveLang(language);
      for (const category of DEFAULT_CLIENT_CATEGORIES) {
        expect(pipe.transform(category)).not.toMatch(/^(regular|wholesale|clients\.)/);
      }
    }
    transloco.setActiveLang('uk');
    expect(pipe.transform('wholesale')).toBe('Оптовий');
  });

  it('keeps a category someone typed as it is', () => {
    transloco.setActiveLang('ru');
    expect(pipe.transform('Партнёр')).toBe('Партнёр');
    expect(pipe.transform(null)).toBe('');
  });
});
