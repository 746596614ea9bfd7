import { MemberInterfaces } from './member-interfaces';

describe('MemberInterfaces', () => {
  it('falls back to PJSIP/<ext> when the PBX reported nothing', () => {
    expect(new MemberInterfaces().of('1001')).toBe('PJSIP/1001');
  });

  it('uses the Local interface a QueueStatus item reported', () => {
    const members = new MemberInterfaces();
    members.observe({
      event: 'QueueMember',
      location: 'Local/1001@agents/n',
      stateinterface: 'Local/1001@agents/n',
    });
    expect(members.of('1001')).toBe('Local/1001@agents/n');
  });

  it('follows QueueMemberAdded and forgets on QueueMemberRemoved', () => {
    const members = new MemberInterfaces();
    members.observe({ event: 'QueueMemberAdded', interface: 'Local/1002@agents/n' });
    expect(members.of('1002')).toBe('Local/1002@agents/n');
    members.observe({ event: 'QueueMemberRemoved', interface: 'Local/1002@agents/n' });
    expect(members.of('1002')).toBe('PJSIP/1002');
  });
});
