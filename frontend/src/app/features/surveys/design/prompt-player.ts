import { Injectable } from '@angular/core';

/**
 * Plays a prompt fetched as a blob (the request carried the bearer token, which an `<audio src>` would
 * not): one at a time, through an object URL that is revoked once it ends, fails or another one starts.
 */
@Injectable({ providedIn: 'root' })
export class PromptPlayer {
  private current: { audio: HTMLAudioElement; url: string } | null = null;

  /** Resolves once playing has started; rejects when the browser cannot play it. */
  async play(blob: Blob): Promise<void> {
    this.stop();
    const url = URL.createObjectURL(blob);
    const audio = new Audio(url);
    const finished = () => {
      if (this.current?.audio === audio) this.stop();
    };
    audio.addEventListener('ended', finished, { once: true });
    audio.addEventListener('error', finished, { once: true });
    this.current = { audio, url };
    try {
      await audio.play();
    } catch (error) {
      finished();
      throw error;
    }
  }

  stop(): void {
    if (!this.current) return;
    this.current.audio.pause();
    URL.revokeObjectURL(this.current.url);
    this.current = null;
  }
}
