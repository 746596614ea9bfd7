import { PbxLinkState } from '@switchboard/contracts';
import { Registry } from 'prom-client';
import { PbxMetrics } from './pbx.metrics';

describe('PbxMetrics', () => {
  it('counts AMI events and reads the link state at each scrape', async () => {
    const registry = new Registry();
    const metrics = new PbxMetrics(registry);
    let state: PbxLinkState = 'connecting';
    metrics.watchLink(() => state);
    const { amiEventRead } = metrics;
    amiEventRead();
    amiEventRead();
    expect(await registry.metrics()).toContain('switchboard_ami_events_total 2');
    expect(await registry.metrics()).toContain('switchboard_pbx_link_state{state="connecting"} 1');
    state = 'connected';
    const text = await registry.metrics();
    expect(text).toContain('switchboard_pbx_link_state{state="connected"} 1');
    expect(text).toContain('switchboard_pbx_link_state{state="connecting"} 0');
  });

  it('reads not-configured until a link is watched', async () => {
    const registry = new Registry();
    new PbxMetrics(registry);
    expect(await registry.metrics()).toContain('switchboard_pbx_link_state{state="not-configured"} 1');
  });
});
