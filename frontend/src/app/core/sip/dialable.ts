const DIALABLE = /^[0-9*#+]+$/;

/** The number as the PBX wants it (spaces, dashes and brackets dropped), or null when it is not one. */
export function dialable(number: string): string | null {
  const target = number.replace(/[\s()-]/g, '');
  return DIALABLE.test(target) ? target : null;
}
