import { basename, join } from 'node:path';

/** The names MixMonitor is given (dialplans: `<Linkedid>.wav`); any other name never reaches the file system. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}\.(wav|mp3|ogg|gsm)$/;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Where a call's recording lies in `dir`, found by its file name alone, whatever folder the PBX named; null for a
 * web link (Binotel plays its own) or a name that is not a recording's.
 */
export function recordingPath(recording: string | null, dir: string): string | null {
  if (!recording || URL_SCHEME.test(recording)) return null;
  const name = basename(recording);
  return FILE_NAME.test(name) ? join(dir, name) : null;
}
