/** What a WAV file's `fmt ` chunk says, and how many bytes of samples its `data` chunk holds. */
export interface WavFormat {
  /** 1 is plain PCM. */
  audioFormat: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  dataBytes: number;
}

/** Reads a RIFF/WAVE header, walking the chunks; null when the bytes are not a WAV file. */
export function readWavFormat(bytes: Buffer): WavFormat | null {
  if (
    bytes.length < 12 ||
    bytes.toString('ascii', 0, 4) !== 'RIFF' ||
    bytes.toString('ascii', 8, 12) !== 'WAVE'
  ) {
    return null;
  }
  let format: Omit<WavFormat, 'dataBytes'> | null = null;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ' && body + 16 <= bytes.length) {
      format = {
        audioFormat: bytes.readUInt16LE(body),
        channels: bytes.readUInt16LE(body + 2),
        sampleRate: bytes.readUInt32LE(body + 4),
        bitsPerSample: bytes.readUInt16LE(body + 14),
      };
    }
    if (id === 'data') return format ? { ...format, dataBytes: Math.min(size, bytes.length - body) } : null;
    // Chunks are padded to an even length.
    offset = body + size + (size % 2);
  }
  return null;
}
