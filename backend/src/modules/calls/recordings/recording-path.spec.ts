import { recordingPath } from './recording-path';

describe('recordingPath', () => {
  it("finds the PBX's file by its name in the recordings folder", () => {
    expect(recordingPath('/var/spool/asterisk/monitor/1733300000.42.wav', '/srv/recordings')).toBe(
      '/srv/recordings/1733300000.42.wav',
    );
    expect(recordingPath('1733300000.42.mp3', '/srv/recordings')).toBe('/srv/recordings/1733300000.42.mp3');
  });

  it('never leaves the folder, and has no file for links or other names', () => {
    for (const recording of [
      null,
      '',
      'https://my.binotel.ua/recording/123',
      '/var/spool/asterisk/monitor/../../../etc/passwd',
      '..wav',
      '.hidden.wav',
      'call.txt',
      'C:\\recordings\\call.wav',
      'name with spaces.wav',
    ]) {
      expect(recordingPath(recording, '/srv/recordings')).toBeNull();
    }
  });
});
