import { Browser, chromium } from 'playwright-core';
import { stopAtSpecEndUnlessStopped } from './leftovers';

/** A fake microphone and camera that need no permission prompt, for the softphone flows. */
export const FAKE_MEDIA_FLAGS = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'];

/** Debian's Chromium, headless, with the flags this closed network needs; never a downloaded browser.
 * playwright-core gives every launch a fresh, empty profile. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  stopAtSpecEndUnlessStopped(() => browser.close());
  return browser;
}
