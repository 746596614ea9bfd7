/**
 * A survey call still `dialing` this long after it was placed lost its end (the event link was down): it no
 * longer holds one of its campaign's lines, and the sweep completes it with the answers it has.
 */
export const LONGEST_CALL_MINUTES = 15;
