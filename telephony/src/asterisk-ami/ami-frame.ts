/** An AMI frame: `Name: value` lines and the empty line that ends it. */
export function amiFrame(headers: Record<string, string | number | undefined>): string {
  const lines = Object.entries(headers)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}: ${String(value).replace(/[\r\n]+/g, ' ')}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}
