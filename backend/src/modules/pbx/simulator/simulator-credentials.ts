import { randomBytes } from 'node:crypto';
import { PbxConfig } from '../../../core/config/app-config';

/** Made once per process, for a demo PBX whose secret nobody configured (it listens on loopback only). */
const processSecret = randomBytes(16).toString('hex');

/** The demo PBX's AMI login: the configured secret, which `npm start` gives the API and the worker alike. */
export function simulatorCredentials({ amiSecret }: PbxConfig['simulator']): {
  username: string;
  secret: string;
} {
  return { username: 'simulator', secret: amiSecret ?? processSecret };
}
