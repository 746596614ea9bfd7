import { redactUrl } from './redact-url';

describe('redactUrl', () => {
  it('hides credential parameters however their names are encoded', () => {
    expect(redactUrl('/api/pbx/binotel?secret=s3cr3t')).toBe('/api/pbx/binotel?secret=%5Bredacted%5D');
    expect(redactUrl('/api/pbx/binotel?secre%74=s3cr3t&a=1')).not.toContain('s3cr3t');
    expect(redactUrl('/api/pbx/binotel?SECRET=one&secret=two')).not.toMatch(/one|two/);
    expect(redactUrl('/x?%73%65%63%72%65%74=s3cr3t')).not.toContain('s3cr3t');
  });

  it("hides the grant of a recording's signed link", () => {
    expect(redactUrl('/api/recordings/eyJjYWxsSWQiOiJ4In0.c2lnbmF0dXJl')).toBe('/api/recordings/[redacted]');
    expect(redactUrl('/api/recordings/abc.def?token=x')).toBe(
      '/api/recordings/[redacted]?token=%5Bredacted%5D',
    );
  });

  it('leaves other URLs as they are', () => {
    expect(redactUrl('/api/clients?q=Olena&page=2')).toBe('/api/clients?q=Olena&page=2');
    expect(redactUrl('/api/health/live')).toBe('/api/health/live');
  });
});
