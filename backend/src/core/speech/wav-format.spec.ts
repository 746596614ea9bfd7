import { readWavFormat } from './wav-format';

function wav(chunks: Array<[string, Buffer]>): Buffer {
  const body = Buffer.concat(
    chunks.map(([id, data]) => {
      const header = Buffer.alloc(8);
      header.write(id, 0, 'ascii');
      header.writeUInt32LE(data.length, 4);
      return Buffer.concat([header, data, Buffer.alloc(data.length % 2)]);
    }),
  );
  const riff = Buffer.alloc(12);
  riff.write('RIFF', 0, 'ascii');
  riff.writeUInt32LE(body.length + 4, 4);
  riff.write('WAVE', 8, 'ascii');
  return Buffer.concat([riff, body]);
}

function fmt(channels: number, rate: number, bits: number): Buffer {
  const data = Buffer.alloc(16);
  data.writeUInt16LE(1, 0);
  data.writeUInt16LE(channels, 2);
  data.writeUInt32LE(rate, 4);
  data.writeUInt32LE((rate * channels * bits) / 8, 8);
  data.writeUInt16LE((channels * bits) / 8, 12);
  data.writeUInt16LE(bits, 14);
  return data;
}

describe('readWavFormat', () => {
  it('reads the format and the data size, skipping other chunks (odd ones padded)', () => {
    const bytes = wav([
      ['fmt ', fmt(1, 8000, 16)],
      ['LIST', Buffer.from('abc')],
      ['data', Buffer.alloc(320)],
    ]);
    expect(readWavFormat(bytes)).toEqual({
      audioFormat: 1,
      channels: 1,
      sampleRate: 8000,
      bitsPerSample: 16,
      dataBytes: 320,
    });
  });

  it('is null for bytes that are not WAV or have no format before the data', () => {
    expect(readWavFormat(Buffer.from('OggS and more bytes'))).toBeNull();
    expect(readWavFormat(wav([['data', Buffer.alloc(4)]]))).toBeNull();
  });
});
