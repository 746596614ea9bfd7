import { TestBed } from '@angular/core/testing';

import { PromptPlayer } from './prompt-player';

/** Just enough of an audio element: it records what it was asked and lets the spec end playback. */
class FakeAudio extends EventTarget {
  static created: FakeAudio[] = [];
  static refuse = false;
  paused = false;
  constructor(readonly src: string) {
    super();
    FakeAudio.created.push(this);
  }
  play(): Promise<void> {
    return FakeAudio.refuse ? Promise.reject(new DOMException('no', 'NotAllowedError')) : Promise.resolve();
  }
  pause(): void {
    this.paused = true;
  }
}

describe('PromptPlayer', () => {
  let revoked: string[];
  let original: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
  let count = 0;

  beforeEach(() => {
    FakeAudio.created = [];
    FakeAudio.refuse = false;
    revoked = [];
    original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    Object.assign(URL, {
      createObjectURL: () => `blob:${++count}`,
      revokeObjectURL: (url: string) => revoked.push(url),
    });
    vi.stubGlobal('Audio', FakeAudio);
  });

  afterEach(() => {
    Object.assign(URL, original);
    vi.unstubAllGlobals();
  });

  it('plays through an object URL and revokes it once playback ends', async () => {
    const player = TestBed.inject(PromptPlayer);
    await player.play(new Blob(['RIFF']));
    const [audio] = FakeAudio.created;
    expect(audio.src).toMatch(/^blob:/);
    expect(revoked).toEqual([]);
    audio.dispatchEvent(new Event('ended'));
    expect(revoked).toEqual([audio.src]);
  });

  it('stops the prompt still playing when another starts, and revokes a refused one at once', async () => {
    const player = TestBed.inject(PromptPlayer);
    await player.play(new Blob(['a']));
    await player.play(new Blob(['b']));
    const [first, second] = FakeAudio.created;
    expect(first.paused).toBe(true);
    expect(revoked).toEqual([first.src]);

    FakeAudio.refuse = true;
    await expect(player.play(new Blob(['c']))).rejects.toThrow('no');
    expect(revoked).toEqual([first.src, second.src, FakeAudio.created[2].src]);
  });
});
