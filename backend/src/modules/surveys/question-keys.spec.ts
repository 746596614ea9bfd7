import { answerValue, isSatisfied, questionKeys } from './question-keys';

describe('answerValue', () => {
  it('takes keys inside the scale and refuses the others', () => {
    expect(answerValue('scale5', null, '4')).toBe(4);
    expect(answerValue('scale5', null, '0')).toBeNull();
    expect(answerValue('scale5', null, '6')).toBeNull();
    expect(answerValue('scale10', null, '10')).toBe(10);
    expect(answerValue('scale10', null, '0')).toBe(0);
    expect(answerValue('scale10', null, '11')).toBeNull();
  });

  it('stores yes as 1 and no as 2, as keyed', () => {
    expect(answerValue('yesNo', null, '1')).toBe(1);
    expect(answerValue('yesNo', null, '2')).toBe(2);
    expect(answerValue('yesNo', null, '3')).toBeNull();
  });

  it('takes choices 1 to N', () => {
    expect(answerValue('choice', 3, '3')).toBe(3);
    expect(answerValue('choice', 3, '4')).toBeNull();
  });

  it('reads nothing, star and hash as no answer', () => {
    expect(answerValue('scale5', null, null)).toBeNull();
    expect(answerValue('scale5', null, '*')).toBeNull();
    expect(answerValue('scale5', null, '')).toBeNull();
  });
});

describe('questionKeys', () => {
  it('gives the dialplan a pattern and a digit count per kind', () => {
    expect(questionKeys('scale10', null)).toEqual({ min: 0, max: 10, maxDigits: 2, pattern: '[0-9]|10' });
    expect(questionKeys('choice', 7).pattern).toBe('[1-7]');
  });
});

describe('isSatisfied', () => {
  it('counts the top two values of a scale', () => {
    expect([3, 4, 5].map((value) => isSatisfied('scale5', value))).toEqual([false, true, true]);
    expect([8, 9].map((value) => isSatisfied('scale10', value))).toEqual([false, true]);
    expect(isSatisfied('yesNo', 1)).toBeNull();
  });
});
