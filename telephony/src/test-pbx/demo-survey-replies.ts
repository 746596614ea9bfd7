import { SurveyCall, SurveyReply } from './survey-responses';

/** How often a demo client does not pick up, or is busy; the rest answer every question. */
const NO_ANSWER_SHARE = 0.1;
const BUSY_SHARE = 0.1;

/** The answers a `SB_Qi_KEYS` pattern of crm-survey allows: `[1-5]`, `[12]`, `[0-9]|10`. */
export function keysOf(pattern: string): string[] {
  return pattern.split('|').flatMap((part) => {
    const range = /^\[(\d)-(\d)\]$/.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      return Array.from({ length: to - from + 1 }, (_, index) => String(from + index));
    }
    const set = /^\[(\d+)\]$/.exec(part);
    return set ? set[1].split('') : [part];
  });
}

/**
 * A demo client of the simulated PBX: mostly answers, with keys leaning to the good end of each scale (as real
 * survey answers do), sometimes busy or away. `random` is Math.random unless a test fixes it.
 */
export function demoSurveyReply(call: SurveyCall, random: () => number = Math.random): SurveyReply {
  const roll = random();
  if (roll < NO_ANSWER_SHARE) return { outcome: 'noAnswer' };
  if (roll < NO_ANSWER_SHARE + BUSY_SHARE) return { outcome: 'busy' };
  const keys = call.questions.map((_, index) => {
    const allowed = keysOf(call.variables[`SB_Q${index + 1}_KEYS`] ?? '');
    if (allowed.length === 0) return null;
    // The square root pulls picks towards the last (best) answers.
    return allowed[Math.min(allowed.length - 1, Math.floor(Math.sqrt(random()) * allowed.length))];
  });
  return { outcome: 'answered', keys };
}
