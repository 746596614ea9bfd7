import { CsatRow, SurveyQuestionKind } from '@switchboard/contracts';
import { isSatisfied } from '../question-keys';

export interface CreditedAnswer {
  kind: SurveyQuestionKind;
  value: number;
  agentId: string | null;
  agentName: string | null;
  managerId: string | null;
  managerName: string | null;
  category: string;
}

/** CSAT per key (agent, manager, category): the share of satisfied scale answers, most answers first. */
export function csatRows(
  answers: CreditedAnswer[],
  keyOf: (answer: CreditedAnswer) => { key: string; label: string } | null,
): CsatRow[] {
  const rows = new Map<string, { label: string; satisfied: number; answers: number }>();
  for (const answer of answers) {
    const key = keyOf(answer);
    if (!key) continue;
    const row = rows.get(key.key) ?? { label: key.label, satisfied: 0, answers: 0 };
    row.answers++;
    if (isSatisfied(answer.kind, answer.value)) row.satisfied++;
    rows.set(key.key, row);
  }
  return [...rows]
    .map(([key, row]) => ({ key, label: row.label, csat: row.satisfied / row.answers, answers: row.answers }))
    .sort((a, b) => b.answers - a.answers || a.label.localeCompare(b.label));
}
