/**
 * One command argument as Asterisk's parser reads it: wrapped in double quotes, with `"` and `\` escaped
 * by a backslash, so spaces, quotes and an empty value all arrive as one argument. A line break would end
 * the command and start another, so it is refused rather than escaped.
 */
export function quoteAgiArgument(value: string | number): string {
  const text = String(value);
  if (/[\r\n]/.test(text)) throw new TypeError('An AGI argument cannot contain a line break');
  return `"${text.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
}

/**
 * Splits a command line into arguments the way Asterisk does: whitespace separates them, double quotes
 * group, a backslash takes the next character literally. Used by the scripted peer to read commands.
 */
export function splitAgiArguments(line: string): string[] {
  const words: string[] = [];
  let current: string | null = null;
  let quoted = false;
  let escaped = false;
  for (const character of line) {
    if (escaped) {
      current = (current ?? '') + character;
      escaped = false;
    } else if (character === '\\') {
      escaped = true;
      current ??= '';
    } else if (character === '"') {
      quoted = !quoted;
      current ??= '';
    } else if ((character === ' ' || character === '\t') && !quoted) {
      if (current !== null) words.push(current);
      current = null;
    } else {
      current = (current ?? '') + character;
    }
  }
  if (current !== null) words.push(current);
  return words;
}
