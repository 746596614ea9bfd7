import { PopEntry } from './pop-stack';

const digits = (number: string) => number.replace(/\D/g, '');
const SHORTEST_MATCH = 4;

/**
 * The screen-pop of the call the softphone rings with: the SIP side names the caller as the PBX dialled
 * them (`0671234567`, `380671234567`), the pop in E.164, so numbers match when one ends with the other.
 * Without a matching number, the only ringing pop is taken; with several, none.
 */
export function popForCall(remote: string, pops: readonly PopEntry[]): PopEntry | null {
  const ringing = pops.filter((entry) => entry.state === 'ringing' || entry.state === 'answered');
  const wanted = digits(remote);
  const matches = ringing.filter((entry) => {
    const known = digits(entry.pop.callerNumber);
    const [shorter, longer] = known.length < wanted.length ? [known, wanted] : [wanted, known];
    return shorter.length >= SHORTEST_MATCH && longer.endsWith(shorter);
  });
  if (matches.length > 0) return matches[0];
  return ringing.length === 1 ? ringing[0] : null;
}
