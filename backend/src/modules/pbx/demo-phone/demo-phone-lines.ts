import { Inject, Injectable } from '@nestjs/common';
import { DemoPhoneLine } from '@switchboard/contracts';
import { PbxEvent } from '@switchboard/telephony';
import { AppConfig } from '../../../core/config/app-config';
import { APP_CONFIG } from '../../../core/config/config.module';
import { OnDomainEvent } from '../../../core/events/on-domain-event';
import { callIdOf } from '../../calls/call-id';

/** A call at one extension, with the PBX's own id (what the demo phone's actions name) and the CRM's. */
export interface LiveLine extends DemoPhoneLine {
  callId: string;
  pbxCallId: string;
}

/**
 * What each agent's phone is doing by the PBX's events: ringing, talking or held, and on which call. The demo
 * phone acts only on the call at the agent's own extension, in the state the action fits.
 */
@Injectable()
export class DemoPhoneLines {
  private readonly byExtension = new Map<string, LiveLine>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  line(extension: string): LiveLine | null {
    return this.byExtension.get(extension) ?? null;
  }

  @OnDomainEvent('pbx.eventReceived')
  follow(event: PbxEvent): void {
    if (!('callId' in event)) return;
    const pbxCallId = event.callId;
    const line = (state: LiveLine['state']): LiveLine => ({
      callId: callIdOf(this.config.pbx.id, pbxCallId),
      pbxCallId,
      state,
    });
    switch (event.type) {
      case 'agent.ringing':
        this.byExtension.set(event.agent, line('ringing'));
        return;
      case 'agent.stoppedRinging':
        if (this.line(event.agent)?.pbxCallId === pbxCallId) this.byExtension.delete(event.agent);
        return;
      case 'call.answered':
        this.byExtension.set(event.agent, line('talking'));
        return;
      case 'call.held':
      case 'call.unheld':
        return this.change(pbxCallId, event.type === 'call.held' ? 'held' : 'talking');
      case 'call.ended':
        return this.change(pbxCallId, 'idle');
    }
  }

  private change(pbxCallId: string, state: LiveLine['state']): void {
    for (const [extension, line] of this.byExtension) {
      if (line.pbxCallId !== pbxCallId) continue;
      if (state === 'idle') this.byExtension.delete(extension);
      else if (line.state !== 'ringing') this.byExtension.set(extension, { ...line, state });
    }
  }
}
