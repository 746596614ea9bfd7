/**
 * sox recognises WAV, Ogg, FLAC and most others by their first bytes, but MP3 only by a file name
 * extension: an MP3 (an ID3 tag or an MPEG audio frame sync) gets `-t mp3`, the rest is left to sox.
 */
export function soxTypeArguments(bytes: Buffer): string[] {
  const id3 = bytes.length >= 3 && bytes.toString('latin1', 0, 3) === 'ID3';
  // 11 set bits of frame sync, then a layer other than the reserved 00.
  const frameSync =
    bytes.length >= 2 && bytes[0] === 0xff && (bytes[1] & 0xe0) === 0xe0 && (bytes[1] & 0x06) !== 0;
  return id3 || frameSync ? ['-t', 'mp3'] : [];
}
