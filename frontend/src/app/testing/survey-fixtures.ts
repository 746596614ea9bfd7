import {
  Campaign,
  QuestionResult,
  Survey,
  SurveyQuestion,
  SurveyResponseRow,
  SurveyResults,
  SurveySummary,
} from '@switchboard/contracts';

/** A saved five-point question with English text; override what a test cares about. */
export function aQuestion(overrides: Partial<SurveyQuestion> = {}): SurveyQuestion {
  return {
    id: 'q-1',
    kind: 'scale5',
    choices: null,
    alertAtOrBelow: 2,
    prompts: [
      { language: 'en', text: 'How was the delivery?', hasRecording: false },
      { language: 'uk', text: 'Як вам доставка?', hasRecording: true },
    ],
    ...overrides,
  };
}

export function aSurvey(overrides: Partial<Survey> = {}): Survey {
  return {
    id: 's-1',
    name: 'After delivery',
    questions: [
      aQuestion(),
      aQuestion({
        id: 'q-2',
        kind: 'yesNo',
        alertAtOrBelow: null,
        prompts: [{ language: 'en', text: 'Would you order again?', hasRecording: false }],
      }),
    ],
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
    ...overrides,
  };
}

export function aSurveySummary(overrides: Partial<SurveySummary> = {}): SurveySummary {
  return {
    id: 's-1',
    name: 'After delivery',
    questionCount: 2,
    updatedAt: '2026-11-02T10:00:00.000Z',
    ...overrides,
  };
}

export function aCampaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 'c-1',
    name: 'Delivered orders',
    surveyId: 's-1',
    surveyName: 'After delivery',
    trigger: { kind: 'orderStage', stageId: 'stage-paid' },
    delayMinutes: 120,
    window: { from: '10:00', to: '19:00', days: [1, 2, 3, 4, 5], timeZone: 'Europe/Kyiv' },
    maxAttempts: 3,
    retryMinutes: { noAnswer: 60, busy: 15, failed: 30 },
    maxConcurrentCalls: 2,
    consentRequired: true,
    doNotCall: ['+380501112233'],
    status: 'draft',
    counts: { scheduled: 4, calling: 1, completed: 10, unreached: 2 },
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
    ...overrides,
  };
}

export function aQuestionResult(overrides: Partial<QuestionResult> = {}): QuestionResult {
  return {
    questionId: 'q-1',
    question: 'How was the delivery?',
    counts: [1, 2, 3, 4, 5].map((value) => ({ value, answers: value * 2 })),
    skipped: 1,
    average: 3.67,
    trend: [
      { day: '2026-11-01', average: 3.5, answers: 10 },
      { day: '2026-11-02', average: 4, answers: 20 },
    ],
    ...overrides,
  };
}

export function someResults(overrides: Partial<SurveyResults> = {}): SurveyResults {
  return {
    surveyId: 's-1',
    from: '2026-11-01',
    to: '2026-11-30',
    attempted: 40,
    reached: 30,
    responseRate: 0.75,
    questions: [
      aQuestionResult(),
      aQuestionResult({
        questionId: 'q-2',
        question: 'Would you order again?',
        counts: [
          { value: 1, answers: 25 },
          { value: 2, answers: 5 },
        ],
        average: null,
        trend: [],
      }),
    ],
    byAgent: [{ key: 'u-1', label: 'Anna Operator', csat: 0.8, answers: 15 }],
    byManager: [],
    byCategory: [{ key: 'tea', label: 'Tea', csat: 0.9, answers: 12 }],
    ...overrides,
  };
}

export function aResponseRow(overrides: Partial<SurveyResponseRow> = {}): SurveyResponseRow {
  return {
    attemptId: 'a-1',
    campaignId: 'c-1',
    campaignName: 'Delivered orders',
    surveyName: 'After delivery',
    orderId: 'o-1',
    callId: 'call-1',
    calledAt: '2026-11-02T12:00:00.000Z',
    answers: [
      {
        questionId: 'q-1',
        kind: 'scale5',
        question: 'How was the delivery?',
        value: 2,
        answeredAt: '2026-11-02T12:01:00.000Z',
      },
      {
        questionId: 'q-2',
        kind: 'yesNo',
        question: 'Would you order again?',
        value: 1,
        answeredAt: '2026-11-02T12:01:30.000Z',
      },
    ],
    client: { id: 'cl-1', name: 'Petrenko Olena' },
    agent: { id: 'u-1', displayName: 'Anna Operator' },
    ...overrides,
  };
}
