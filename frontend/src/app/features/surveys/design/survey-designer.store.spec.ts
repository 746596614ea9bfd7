import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { aSurvey } from '../../../testing/survey-fixtures';
import { PromptPlayer } from './prompt-player';
import { SurveyDesignerStore } from './survey-designer.store';

describe('SurveyDesignerStore', () => {
  let store: SurveyDesignerStore;
  let http: HttpTestingController;
  let played: Blob[];
  let playFails: Error | null;
  const prompt = { surveyId: 's-1', questionId: 'q-1', language: 'en' as const };
  const audioUrl = '/api/surveys/s-1/questions/q-1/prompts/en/audio';

  beforeEach(() => {
    played = [];
    playFails = null;
    const player = {
      play: (blob: Blob) => {
        played.push(blob);
        return playFails ? Promise.reject(playFails) : Promise.resolve();
      },
      stop: vi.fn(),
    };
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        SurveyDesignerStore,
        { provide: PromptPlayer, useValue: player },
      ],
    });
    store = TestBed.inject(SurveyDesignerStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('starts a new survey without asking the server, and loads a saved one', async () => {
    expect(await store.load(null)).toBe(true);
    expect(store.survey()).toBeNull();

    const loading = store.load('s-1');
    expect(store.loading()).toBe(true);
    http.expectOne('/api/surveys/s-1').flush(aSurvey());
    expect(await loading).toBe(true);
    expect(store.survey()).toEqual(aSurvey());
    expect(store.loading()).toBe(false);
  });

  it('says when the survey to open is gone', async () => {
    const loading = store.load('s-9');
    http
      .expectOne('/api/surveys/s-9')
      .flush({ code: 'NOT_FOUND', message: 'x' }, { status: 404, statusText: 'x' });
    expect(await loading).toBe(false);
    expect(store.loadErrorKey()).toBe('surveys.errors.notFound');
  });

  it('creates a new survey, then replaces the same one', async () => {
    const request = { name: 'After delivery', questions: [] };
    const created = store.save(request);
    expect(store.saving()).toBe(true);
    http.expectOne({ method: 'POST', url: '/api/surveys' }).flush(aSurvey());
    expect(await created).toEqual({ ok: true, value: aSurvey() });
    expect(store.saving()).toBe(false);

    const replaced = store.save(request);
    http.expectOne({ method: 'PUT', url: '/api/surveys/s-1' }).flush(aSurvey({ name: 'Renamed' }));
    expect((await replaced).ok).toBe(true);
    expect(store.survey()?.name).toBe('Renamed');
  });

  it('puts refused fields on their place in the form, prompts by the language sent', async () => {
    const request = {
      name: 'x',
      questions: [{ kind: 'scale5' as const, prompts: [{ language: 'uk' as const, text: 'y'.repeat(600) }] }],
    };
    const saved = store.save(request);
    http.expectOne({ method: 'POST', url: '/api/surveys' }).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'invalid',
        details: [
          { field: 'questions.0.prompts.0.text', reason: 'long', code: 'TOO_LONG' },
          { field: 'name', reason: 'taken', code: 'TAKEN' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(await saved).toEqual({
      ok: false,
      fieldErrors: {
        'questions.0.prompts.uk.text': 'validation.server.TOO_LONG',
        name: 'validation.server.TAKEN',
      },
      messageKey: null,
    });
  });

  it('uploads and removes a recording, keeping the survey the server answers', async () => {
    const file = new File(['RIFF'], 'hello.wav', { type: 'audio/wav' });
    const uploaded = store.uploadRecording(prompt, file);
    expect(store.recordingBusy()).toBe('q-1:en');
    http
      .expectOne({ method: 'PUT', url: '/api/surveys/s-1/questions/q-1/prompts/en/recording' })
      .flush(aSurvey());
    expect((await uploaded).ok).toBe(true);
    expect(store.recordingBusy()).toBeNull();

    const removed = store.removeRecording(prompt);
    http
      .expectOne({ method: 'DELETE', url: '/api/surveys/s-1/questions/q-1/prompts/en/recording' })
      .flush({ code: 'FILE_TOO_LARGE', message: 'x' }, { status: 413, statusText: 'x' });
    expect(await removed).toEqual({ ok: false, fieldErrors: {}, messageKey: 'surveys.errors.fileTooLarge' });
  });

  it('plays the prompt fetched as audio, marking it while it loads', async () => {
    const previewing = store.preview(prompt);
    expect(store.previewing()).toBe('q-1:en');
    const wav = new Blob(['RIFF'], { type: 'audio/wav' });
    http.expectOne(audioUrl).flush(wav);
    expect(await previewing).toBeNull();
    expect(played).toHaveLength(1);
    expect(played[0].type).toBe('audio/wav');
    expect(store.previewing()).toBeNull();
  });

  it('tells a server failure from a browser that will not play', async () => {
    let previewing = store.preview(prompt);
    http.expectOne(audioUrl).flush(new Blob([]), { status: 503, statusText: 'Unavailable' });
    expect(await previewing).toBe('errors.unexpected');
    expect(played).toEqual([]);

    playFails = new DOMException('no gesture', 'NotAllowedError');
    previewing = store.preview(prompt);
    http.expectOne(audioUrl).flush(new Blob(['RIFF']));
    expect(await previewing).toBe('surveys.designer.previewBlocked');

    playFails = new DOMException('bad format', 'NotSupportedError');
    previewing = store.preview(prompt);
    http.expectOne(audioUrl).flush(new Blob(['RIFF']));
    expect(await previewing).toBe('surveys.designer.previewUnplayable');
  });
});
