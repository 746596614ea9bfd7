import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { CdkDropList } from '@angular/cdk/drag-drop';
import { By } from '@angular/platform-browser';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { Router, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { SaveSurveyRequest } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import { byTestId, fieldError, settle, typeInto } from '../../../testing/dom';
import { aSurvey } from '../../../testing/survey-fixtures';
import { PromptPlayer } from './prompt-player';
import { SurveyDesignerPage } from './survey-designer-page';

describe('SurveyDesignerPage', () => {
  let fixture: ComponentFixture<SurveyDesignerPage>;
  let http: HttpTestingController;
  let played: Blob[];
  const element = () => fixture.nativeElement as HTMLElement;
  const all = (testId: string) => [...element().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
  const questionTexts = () =>
    all('prompt-text-en').map((textarea) => (textarea as HTMLTextAreaElement).value);

  async function open(id: string): Promise<void> {
    fixture = TestBed.createComponent(SurveyDesignerPage);
    fixture.componentRef.setInput('id', id);
    await settle(fixture);
  }

  async function click(target: HTMLElement | null | undefined): Promise<void> {
    target?.click();
    await settle(fixture);
  }

  beforeEach(() => {
    played = [];
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideNoopAnimations(),
        {
          provide: PromptPlayer,
          useValue: { play: (blob: Blob) => (played.push(blob), Promise.resolve()), stop: () => undefined },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('refuses to save a new survey without a name or any prompt text, saying so on the fields', async () => {
    await open('new');
    expect(byTestId(fixture, 'prompt-save-first')?.textContent).toContain(en.surveys.designer.saveFirst);
    await click(byTestId(fixture, 'survey-save'));
    expect(fieldError(byTestId(fixture, 'survey-name'))).toBe(en.validation.required);
    expect(byTestId(fixture, 'question-prompt-error')?.textContent?.trim()).toBe(
      en.surveys.validation.promptRequired,
    );
    expect(byTestId(fixture, 'survey-error')?.textContent?.trim()).toBe(en.surveys.designer.fixErrors);
    http.expectNone({ method: 'POST' });
  });

  it('shows what the server refused on the field it names, prompts by language', async () => {
    await open('new');
    typeInto(fixture, 'survey-name', 'After delivery');
    typeInto(fixture, 'prompt-text-en', 'How was the delivery?');
    await click(byTestId(fixture, 'survey-save'));
    const post = http.expectOne({ method: 'POST', url: '/api/surveys' });
    expect(post.request.body).toEqual({
      name: 'After delivery',
      questions: [
        {
          kind: 'scale5',
          choices: null,
          alertAtOrBelow: null,
          prompts: [{ language: 'en', text: 'How was the delivery?' }],
        },
      ],
    });
    post.flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'invalid',
        details: [
          { field: 'name', reason: 'taken', code: 'TAKEN' },
          { field: 'questions.0.prompts.0.text', reason: 'bad', code: 'INVALID' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(fieldError(byTestId(fixture, 'survey-name'))).toBe(en.validation.server.TAKEN);
    expect(fieldError(byTestId(fixture, 'prompt-text-en'))).toBe(en.validation.server.INVALID);
    expect(byTestId(fixture, 'survey-error')).toBeNull();
  });

  it('moves to the saved survey’s address once a new one is created', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await open('new');
    typeInto(fixture, 'survey-name', 'After delivery');
    typeInto(fixture, 'prompt-text-en', 'How was the delivery?');
    await click(byTestId(fixture, 'survey-save'));
    http.expectOne({ method: 'POST', url: '/api/surveys' }).flush(aSurvey());
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['..', 's-1'], expect.objectContaining({ replaceUrl: true }));
    expect(byTestId(fixture, 'survey-designer-title')?.textContent?.trim()).toBe('After delivery');
    // The question now has the server's id: recordings can be uploaded and the prompt heard.
    expect(byTestId(fixture, 'prompt-save-first')).toBeNull();
    expect(byTestId(fixture, 'prompt-upload-en')).not.toBeNull();
    expect((byTestId(fixture, 'prompt-preview-en') as HTMLButtonElement).disabled).toBe(false);
  });

  it('reorders questions with the arrow buttons, keeping focus on the moved one, and saves that order', async () => {
    await open('s-1');
    http.expectOne('/api/surveys/s-1').flush(aSurvey());
    await settle(fixture);
    expect(questionTexts()).toEqual(['How was the delivery?', 'Would you order again?']);
    const [firstUp] = all('question-up');
    expect((firstUp as HTMLButtonElement).disabled).toBe(true);

    await click(all('question-down')[0]);
    expect(questionTexts()).toEqual(['Would you order again?', 'How was the delivery?']);
    // At the bottom its down arrow is disabled, so focus lands on the one still usable.
    expect(document.activeElement).toBe(all('question-up')[1]);

    await click(byTestId(fixture, 'survey-save'));
    const put = http.expectOne({ method: 'PUT', url: '/api/surveys/s-1' });
    expect((put.request.body as SaveSurveyRequest).questions.map((question) => question.id)).toEqual([
      'q-2',
      'q-1',
    ]);
    put.flush(aSurvey());
    await settle(fixture);
  });

  it('reorders questions dropped by drag and drop', async () => {
    await open('s-1');
    http.expectOne('/api/surveys/s-1').flush(aSurvey());
    await settle(fixture);
    fixture.debugElement
      .query(By.directive(CdkDropList))
      .triggerEventHandler('cdkDropListDropped', { previousIndex: 1, currentIndex: 0 });
    await settle(fixture);
    expect(questionTexts()).toEqual(['Would you order again?', 'How was the delivery?']);
    expect(all('survey-question').map((question) => question.getAttribute('data-question-index'))).toEqual([
      '0',
      '1',
    ]);
  });

  it('adds questions up to ten and never removes the last one', async () => {
    await open('new');
    expect((all('question-remove')[0] as HTMLButtonElement).disabled).toBe(true);
    for (let index = 1; index < 10; index++) await click(byTestId(fixture, 'survey-add-question'));
    expect(all('survey-question')).toHaveLength(10);
    expect((byTestId(fixture, 'survey-add-question') as HTMLButtonElement).disabled).toBe(true);
    await click(all('question-remove')[3]);
    expect(all('survey-question')).toHaveLength(9);
    expect(byTestId(fixture, 'survey-questions-error')).toBeNull();
  });

  it('previews a saved prompt with a spinner while its audio loads', async () => {
    await open('s-1');
    http.expectOne('/api/surveys/s-1').flush(aSurvey());
    await settle(fixture);
    const [preview] = all('prompt-preview-en');
    expect((preview as HTMLButtonElement).disabled).toBe(false);
    await click(preview);
    expect(byTestId(fixture, 'prompt-preview-spinner-en')).not.toBeNull();
    http
      .expectOne('/api/surveys/s-1/questions/q-1/prompts/en/audio')
      .flush(new Blob(['RIFF'], { type: 'audio/wav' }));
    await settle(fixture);
    expect(played).toHaveLength(1);
    expect(byTestId(fixture, 'prompt-preview-spinner-en')).toBeNull();
  });

  it('says in a snack bar when the audio cannot be had, and stops offering a preview of changed text', async () => {
    await open('s-1');
    http.expectOne('/api/surveys/s-1').flush(aSurvey());
    await settle(fixture);
    await click(all('prompt-preview-en')[0]);
    http
      .expectOne('/api/surveys/s-1/questions/q-1/prompts/en/audio')
      .flush(new Blob([]), { status: 502, statusText: 'Bad Gateway' });
    await settle(fixture);
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(en.errors.unexpected);
    expect(played).toEqual([]);

    typeInto(fixture, 'prompt-text-en', 'Changed and not saved');
    await settle(fixture);
    expect((all('prompt-preview-en')[0] as HTMLButtonElement).disabled).toBe(true);
  });
});
