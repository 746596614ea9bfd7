import { demoSurveyReply, keysOf } from './demo-survey-replies';
import { SurveyCall } from './survey-responses';

const call: SurveyCall = {
  attemptId: 'a',
  number: '+380671234567',
  variables: { SB_QUESTIONS: '2', SB_Q1_KEYS: '[1-5]', SB_Q2_KEYS: '[0-9]|10' },
  questions: ['q1', 'q2'],
};

describe('keysOf', () => {
  it("reads crm-survey's key patterns", () => {
    expect(keysOf('[1-5]')).toEqual(['1', '2', '3', '4', '5']);
    expect(keysOf('[12]')).toEqual(['1', '2']);
    expect(keysOf('[0-9]|10')).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });
});

describe('demoSurveyReply', () => {
  it('answers every question with an allowed key, or does not pick up, or is busy', () => {
    const sequence = (values: number[]) => () => values.shift() ?? 0.5;
    expect(demoSurveyReply(call, sequence([0.05]))).toEqual({ outcome: 'noAnswer' });
    expect(demoSurveyReply(call, sequence([0.15]))).toEqual({ outcome: 'busy' });
    expect(demoSurveyReply(call, sequence([0.9, 0.999, 0]))).toEqual({
      outcome: 'answered',
      keys: ['5', '0'],
    });
  });
});
