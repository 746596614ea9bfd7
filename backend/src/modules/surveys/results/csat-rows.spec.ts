import { CreditedAnswer, csatRows } from './csat-rows';

const answer = (
  value: number,
  agent: string | null,
  kind: CreditedAnswer['kind'] = 'scale5',
): CreditedAnswer => ({
  kind,
  value,
  agentId: agent,
  agentName: agent && `Agent ${agent}`,
  managerId: null,
  managerName: null,
  category: '',
});

describe('csatRows', () => {
  it('gives each key the share of top-two answers, the busiest first', () => {
    const rows = csatRows(
      [answer(5, 'a'), answer(3, 'a'), answer(4, 'a'), answer(10, 'b', 'scale10'), answer(2, null)],
      ({ agentId, agentName }) => (agentId ? { key: agentId, label: agentName ?? '' } : null),
    );
    expect(rows).toEqual([
      { key: 'a', label: 'Agent a', csat: 2 / 3, answers: 3 },
      { key: 'b', label: 'Agent b', csat: 1, answers: 1 },
    ]);
  });
});
