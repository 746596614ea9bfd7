import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AgentPresence } from '@switchboard/contracts';
import { of } from 'rxjs';

import en from '../../../../../public/i18n/en.json';
import { AgentApiService } from '../../../core/calls/agent-api.service';
import { CallEventsStore } from '../../../core/calls/call-events.store';
import { CallNotifier } from '../../../core/calls/call-notifier';
import { ConsoleSettingsStore } from '../../../core/calls/console-settings.store';
import { AgentStatus } from './agent-status';

const presence: AgentPresence = {
  userId: 'u1',
  extension: '1001',
  device: 'not-in-use',
  queues: [{ queue: 'support', paused: false, pauseReason: null }],
  status: 'available',
  wrapUpUntil: null,
  wrapUpCallId: null,
  updatedAt: '2026-12-03T09:00:00Z',
};

describe('AgentStatus queue picker', () => {
  const join = vi.fn(() => of(undefined));

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        AgentStatus,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        { provide: CallEventsStore, useValue: { presence: signal(presence) } },
        {
          provide: AgentApiService,
          useValue: { pbxQueues: () => of({ queues: ['sales', 'service', 'support'] }), join },
        },
        {
          provide: ConsoleSettingsStore,
          useValue: { settings: signal(null), ensureLoaded: async () => null },
        },
        { provide: CallNotifier, useValue: { requestPermission: () => undefined } },
      ],
    });
  });

  function optionsShown(): string[] {
    return [...document.querySelectorAll('mat-option')].map((option) => option.textContent?.trim() ?? '');
  }

  it("offers the PBX's queues not yet joined, narrowed by what is typed, and joins the picked one", async () => {
    const fixture = TestBed.createComponent(AgentStatus);
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;
    root.querySelector<HTMLButtonElement>('[data-testid="agent-status"]')!.click();
    fixture.detectChanges();
    const input = document.querySelector<HTMLInputElement>('[data-testid="agent-queue-input"]')!;
    input.dispatchEvent(new Event('focusin'));
    await vi.waitFor(() => {
      fixture.detectChanges();
      expect(optionsShown()).toEqual(['sales', 'service']);
    });

    input.value = 'serv';
    input.dispatchEvent(new Event('input'));
    await vi.waitFor(() => {
      fixture.detectChanges();
      expect(optionsShown()).toEqual(['service']);
    });
    document.querySelector<HTMLElement>('[data-testid="agent-queue-option-service"]')!.click();
    document.querySelector<HTMLButtonElement>('[data-testid="agent-queue-join"]')!.click();
    await vi.waitFor(() => expect(join).toHaveBeenCalledWith('service'));
  });
});
