/**
 * One message of the Asterisk Manager Interface: its headers with lower-case names. A header that
 * repeats (`Output` of a Command response, `Variable` of some events) keeps every value, joined by `\n`.
 */
export type AmiMessage = Readonly<Record<string, string>>;

export interface AmiParserHandlers {
  /** The greeting line Asterisk sends first (`Asterisk Call Manager/11.0.0`). */
  banner?: (version: string) => void;
  message: (message: AmiMessage) => void;
  /** A frame that is not `Name: value` lines; it is dropped, the stream goes on. */
  malformed: (frame: string, reason: string) => void;
}

const BANNER = /^Asterisk Call Manager\/(\S+)$/;
const MAX_FRAME_CHARS = 1_000_000;

/**
 * Splits the AMI byte stream into messages. Frames end with an empty line; both CRLF and bare LF line
 * ends are read, and header names are matched without regard to case.
 */
export class AmiParser {
  private buffer = '';
  private seenBanner = false;

  constructor(private readonly handlers: AmiParserHandlers) {}

  push(chunk: Buffer | string): void {
    this.buffer += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    if (!this.seenBanner && !this.readBanner()) return;
    let start = 0;
    for (;;) {
      const end = this.frameEnd(start);
      if (end === null) break;
      this.readFrame(this.buffer.slice(start, end.at));
      start = end.next;
    }
    this.buffer = this.buffer.slice(start);
    if (this.buffer.length > MAX_FRAME_CHARS) {
      this.handlers.malformed(this.buffer.slice(0, 200), 'a frame without an end grew past 1 MB');
      this.buffer = '';
    }
  }

  /** Starts over, for a new connection. */
  reset(): void {
    this.buffer = '';
    this.seenBanner = false;
  }

  private readBanner(): boolean {
    const newline = this.buffer.indexOf('\n');
    if (newline < 0) return false;
    const line = this.buffer.slice(0, newline).replace(/\r$/, '');
    const banner = BANNER.exec(line);
    this.seenBanner = true;
    if (banner) {
      this.handlers.banner?.(banner[1]);
      this.buffer = this.buffer.slice(newline + 1);
    }
    return true;
  }

  /** Where the frame starting at `start` ends (the empty line), or null when it has not fully arrived. */
  private frameEnd(start: number): { at: number; next: number } | null {
    for (let from = start; ;) {
      const newline = this.buffer.indexOf('\n', from);
      if (newline < 0) return null;
      const next = this.buffer.indexOf('\n', newline + 1);
      if (next < 0) return null;
      const between = this.buffer.slice(newline + 1, next);
      if (between === '' || between === '\r') return { at: newline, next: next + 1 };
      from = newline + 1;
    }
  }

  private readFrame(frame: string): void {
    const headers: Record<string, string> = {};
    for (const raw of frame.split('\n')) {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (line === '') continue;
      const colon = line.indexOf(':');
      if (colon <= 0) {
        this.handlers.malformed(frame.slice(0, 200), `line "${line.slice(0, 80)}" is not "Name: value"`);
        return;
      }
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      headers[name] = name in headers ? `${headers[name]}\n${value}` : value;
    }
    if (Object.keys(headers).length > 0) this.handlers.message(headers);
  }
}
