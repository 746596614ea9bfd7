import { Injectable } from '@nestjs/common';
import { PbxLinkState } from '@switchboard/contracts';
import { Counter, Gauge, Registry } from 'prom-client';

const LINK_STATES: readonly PbxLinkState[] = ['not-configured', 'connecting', 'connected', 'disconnected'];

/** The PBX link: AMI event frames read (a counter; `rate()` gives events per second) and its state. */
@Injectable()
export class PbxMetrics {
  private readonly amiEvents: Counter;
  private readonly link: Gauge<'state'>;
  private linkState: () => PbxLinkState = () => 'not-configured';

  constructor(registry: Registry) {
    this.amiEvents = new Counter({
      name: 'switchboard_ami_events_total',
      help: 'AMI event frames read from the PBX',
      registers: [registry],
    });
    const current = () => this.linkState();
    this.link = new Gauge({
      name: 'switchboard_pbx_link_state',
      help: 'The PBX link: 1 for its current state, 0 for the others',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const state = current();
        for (const each of LINK_STATES) this.set({ state: each }, each === state ? 1 : 0);
      },
    });
  }

  /** For the AMI adapter's `onEventRead`: called on every frame, so it only counts. */
  readonly amiEventRead = (): void => this.amiEvents.inc();

  /** Where the gauge reads the link's state at each scrape. */
  watchLink(read: () => PbxLinkState): void {
    this.linkState = read;
  }
}
