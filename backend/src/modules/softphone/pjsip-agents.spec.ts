import { renderPjsipAgents } from './pjsip-agents';

describe('renderPjsipAgents', () => {
  it('writes endpoint, auth and AOR sections per agent on the shared templates', () => {
    const text = renderPjsipAgents([{ extension: '1001', displayName: 'Olena K.', password: 'p1' }]);
    expect(text).toContain(
      [
        '[1001](webrtc-agent)',
        'auth = 1001',
        'aors = 1001',
        'callerid = "Olena K." <1001>',
        '',
        '[1001](agent-auth)',
        'username = 1001',
        'password = p1',
        '',
        '[1001](agent-aor)',
      ].join('\n'),
    );
  });

  it('keeps a name with quotes, semicolons or line breaks on one callerid line', () => {
    const text = renderPjsipAgents([{ extension: '7', displayName: 'Ann "Boss"\nX; Y', password: 'p' }]);
    expect(text).toContain('callerid = "Ann  Boss  X  Y" <7>');
  });

  it('is only the header when nobody has an extension', () => {
    expect(renderPjsipAgents([]).trim().split('\n')).toHaveLength(1);
  });
});
