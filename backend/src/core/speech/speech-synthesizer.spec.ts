import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '../http/domain-error';
import { RECORDING_MAX_BYTES, SpeechSynthesizer } from './speech-synthesizer.service';
import { readWavFormat } from './wav-format';

/** These run the real espeak-ng and sox, as the product does. */
describe('SpeechSynthesizer', () => {
  const speech = new SpeechSynthesizer();
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'speech-spec-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  function expectTelephoneWav(bytes: Buffer): void {
    expect(readWavFormat(bytes)).toEqual(
      expect.objectContaining({ audioFormat: 1, sampleRate: 8000, channels: 1, bitsPerSample: 16 }),
    );
    expect(readWavFormat(bytes)?.dataBytes).toBeGreaterThan(8000);
  }

  /** A recording in another format, made by sox from a generated tone. */
  function recording(extension: string, extra: string[] = []): Buffer {
    const path = join(folder, `tone.${extension}`);
    execFileSync('sox', ['-n', '-r', '44100', '-c', '2', ...extra, path, 'synth', '1.5', 'sine', '440']);
    return readFileSync(path);
  }

  it.each(['en', 'ru', 'uk'] as const)('speaks %s as 8 kHz mono 16-bit WAV', async (language) => {
    const text = {
      en: 'Your debt is 1250 hryvnias',
      ru: 'Ваш долг 1250 гривен',
      uk: 'Ваш борг 1250 гривень',
    };
    expectTelephoneWav(await speech.speak(text[language], language));
  });

  it('gives the same bytes for the same text and language, and a copy each time', async () => {
    const first = await speech.speak('Press 1 for your order', 'en');
    first.fill(0);
    const second = await speech.speak('Press 1 for your order', 'en');
    expectTelephoneWav(second);
    expect(second.equals(await speech.speak('Press 1 for your order', 'en'))).toBe(true);
  });

  it('reads text that looks like options or shell syntax as words', async () => {
    expectTelephoneWav(await speech.speak('--help; rm -rf / $(reboot) `id`', 'en'));
  });

  it('refuses empty or overlong text as a validation error', async () => {
    await expect(speech.speak('   ', 'en')).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(speech.speak('a'.repeat(2001), 'en')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ field: 'text', code: 'TOO_LONG' })],
    });
  });

  it.each([
    ['wav', []],
    ['ogg', []],
    ['mp3', []],
    ['flac', ['-b', '24']],
  ])('converts a %s recording to 8 kHz mono 16-bit WAV', async (extension, extra) => {
    const converted = await speech.convertRecording(recording(extension, extra));
    expectTelephoneWav(converted);
    // 1.5 s at 8000 samples of 2 bytes, give or take the resampler's edges.
    expect(readWavFormat(converted)?.dataBytes).toBeGreaterThan(23_000);
    expect(readWavFormat(converted)?.dataBytes).toBeLessThan(25_000);
  });

  it('refuses a file sox cannot read with FILE_UNREADABLE on the file field', async () => {
    const error = await speech
      .convertRecording(Buffer.from('this is a text file, not audio'))
      .catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'FILE_UNREADABLE',
      details: [expect.objectContaining({ field: 'file', code: 'INVALID_FORMAT' })],
    });
  });

  it('refuses a truncated recording and an empty one', async () => {
    const truncated = recording('mp3').subarray(0, 40);
    await expect(speech.convertRecording(truncated)).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
    await expect(speech.convertRecording(Buffer.alloc(0))).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
  });

  it('refuses a recording over the size limit before running anything', async () => {
    await expect(speech.convertRecording(Buffer.alloc(RECORDING_MAX_BYTES + 1))).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      details: [expect.objectContaining({ field: 'file' })],
    });
  });

  it('says SPEECH_UNAVAILABLE when a program is missing', async () => {
    const noEspeak = new SpeechSynthesizer({ espeak: '/nonexistent/espeak-ng' });
    await expect(noEspeak.speak('Hello', 'en')).rejects.toMatchObject({
      code: 'SPEECH_UNAVAILABLE',
      details: { program: '/nonexistent/espeak-ng', reason: 'not installed' },
    });
    const noSox = new SpeechSynthesizer({ sox: '/nonexistent/sox' });
    await expect(noSox.convertRecording(recording('wav'))).rejects.toMatchObject({
      code: 'SPEECH_UNAVAILABLE',
    });
  });

  it('says SPEECH_UNAVAILABLE when a program runs past the timeout', async () => {
    const slow = new SpeechSynthesizer({ espeak: join(__dirname, '__fixtures__/hang.sh'), timeoutMs: 200 });
    await expect(slow.speak('Hello', 'en')).rejects.toMatchObject({
      code: 'SPEECH_UNAVAILABLE',
      details: expect.objectContaining({ reason: 'timed out' }),
    });
  });

  it('says how a failing program exited', async () => {
    const failing = new SpeechSynthesizer({ espeak: 'false' });
    await expect(failing.speak('Hello', 'en')).rejects.toMatchObject({
      code: 'SPEECH_UNAVAILABLE',
      details: expect.objectContaining({ reason: 'exited with 1' }),
    });
  });
});
