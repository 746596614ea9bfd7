import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The adapters whose recorded PBX traffic is kept beside them, in their `__fixtures__` folders. */
export type FixtureSource = 'asterisk-ami' | 'binotel';

/**
 * The path of one recorded stream (`queue_abandon.ami`, `answered_inbound.txt`), found from this file's
 * folder: right from the sources and from a compiled copy that carries the `__fixtures__` folders along.
 */
export function pbxFixturePath(source: FixtureSource, file: string): string {
  return join(__dirname, '..', source, '__fixtures__', file);
}

/** Every recorded stream of `source` whose name ends with `extension` (".ami"), by name. */
export function pbxFixtureFiles(source: FixtureSource, extension: string): string[] {
  return readdirSync(pbxFixturePath(source, ''))
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => pbxFixturePath(source, name));
}
