import { channelExtension } from './channel-extension';

describe('channelExtension', () => {
  it.each([
    ['PJSIP/1001-0000001a', '1001'],
    ['SIP/1001-00000002', '1001'],
    ['Local/1001@crm-agents-00000003;1', '1001'],
    ['PJSIP/1001', '1001'],
    ['SIP/1001', '1001'],
    ['PJSIP/trunk-0000000b', 'trunk'],
  ])('reads %s as %s', (channel, extension) => {
    expect(channelExtension(channel)).toBe(extension);
  });

  it('names nobody for other channels', () => {
    expect(channelExtension('IAX2/provider-1')).toBeNull();
    expect(channelExtension(undefined)).toBeNull();
  });
});
