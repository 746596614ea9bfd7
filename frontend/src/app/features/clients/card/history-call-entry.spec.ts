import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';

import en from '../../../../../public/i18n/en.json';
import { HistoryCallEntry, callDuration, historyCall } from './history-call-entry';

describe('historyCall', () => {
  it('reads the facts a call entry stores, leaving out what an older entry lacks', () => {
    expect(
      historyCall({
        direction: 'inbound',
        disposition: 'answered',
        number: '+380671234567',
        talkSeconds: 75,
      }),
    ).toEqual({
      callId: null,
      direction: 'inbound',
      disposition: 'answered',
      number: '+380671234567',
      talkSeconds: 75,
      recording: null,
    });
    expect(historyCall({ direction: 'sideways', talkSeconds: '9', recording: '' })).toEqual({
      callId: null,
      direction: null,
      disposition: null,
      number: null,
      talkSeconds: 0,
      recording: null,
    });
  });
});

describe('callDuration', () => {
  it('writes minutes and seconds, and hours only when there are any', () => {
    expect(callDuration(5)).toBe('0:05');
    expect(callDuration(75)).toBe('1:15');
    expect(callDuration(3725)).toBe('1:02:05');
  });
});

describe('HistoryCallEntry', () => {
  let fixture: ComponentFixture<HistoryCallEntry>;
  const text = (testId: string) =>
    (fixture.nativeElement as HTMLElement)
      .querySelector(`[data-testid="${testId}"]`)
      ?.textContent?.replace(/\s+/g, ' ')
      .trim();
  const recording = () =>
    (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(
      '[data-testid="history-call-recording"]',
    );

  async function render(data: Record<string, unknown>): Promise<void> {
    fixture = TestBed.createComponent(HistoryCallEntry);
    fixture.componentRef.setInput('data', data);
    await fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        HistoryCallEntry,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
  });

  it('shows the direction, number, result and duration of an answered call with a PBX link to its recording', async () => {
    const link = 'https://my.binotel.ua/?module=cdrs&action=generateFile&fileName=4683310794.mp3';
    await render({
      direction: 'outbound',
      disposition: 'answered',
      number: '+380501112233',
      talkSeconds: 62,
      recording: link,
    });
    expect(text('history-call-direction')).toContain(en.callHistory.directions.outbound);
    expect(text('history-call')).toContain('+380501112233');
    expect(text('history-call-result')).toBe(en.callHistory.dispositions.answered);
    expect(text('history-call-duration')).toBe(`${en.clients.history.call.duration} 1:02`);
    expect(recording()?.getAttribute('href')).toBe(link);
    expect(recording()?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('names a recording kept on the PBX without linking to it, and no duration for a missed call', async () => {
    await render({ direction: 'inbound', disposition: 'no-answer', number: '+380671234567', talkSeconds: 0 });
    expect(text('history-call-result')).toBe(en.callHistory.dispositions['no-answer']);
    expect(text('history-call-duration')).toBeUndefined();
    expect(recording()).toBeNull();

    await render({
      direction: 'inbound',
      disposition: 'answered',
      talkSeconds: 3,
      recording: '/var/spool/asterisk/monitor/1.wav',
    });
    expect(recording()?.tagName).toBe('SPAN');
    expect(recording()?.textContent?.trim()).toContain(en.clients.history.call.recorded);
  });

  it('plays a recording kept on our PBX from the link the API hands out, or says it is not available', async () => {
    const stored = {
      direction: 'inbound',
      disposition: 'answered',
      talkSeconds: 30,
      recording: '/var/spool/1.wav',
    };
    const http = TestBed.inject(HttpTestingController);
    const button = () =>
      (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
        '[data-testid="history-call-play"]',
      );
    await render({ ...stored, callId: 'c-1' });
    expect(text('history-call-play')).toContain(en.clients.history.call.play);
    button()?.click();
    http
      .expectOne({ method: 'POST', url: '/api/calls/c-1/recording-link' })
      .flush({ url: '/api/recordings/abc.def', expiresAt: '2026-12-04T10:00:00.000Z' });
    await fixture.whenStable();
    fixture.detectChanges();
    const audio = (fixture.nativeElement as HTMLElement).querySelector('audio');
    expect(audio?.getAttribute('src')).toBe('/api/recordings/abc.def');

    await render({ ...stored, callId: 'c-2' });
    button()?.click();
    http
      .expectOne('/api/calls/c-2/recording-link')
      .flush({ code: 'NOT_FOUND', message: 'No recording' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    fixture.detectChanges();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(en.clients.history.call.unavailable);
  });
});
