/** The largest file the API takes by default (`CLIENT_IMPORT_MAX_BYTES`); checked here to fail fast. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_EXTENSIONS = ['.csv', '.xlsx'] as const;
/** For the file picker's `accept`. */
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

/** A translation key and its parameters. */
export interface Message {
  key: string;
  params?: Record<string, unknown>;
}

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** Why a chosen file cannot be imported, or null when it may be sent. */
export function fileProblem(file: Pick<File, 'name' | 'size'>, maxBytes = IMPORT_MAX_BYTES): Message | null {
  const name = file.name.toLowerCase();
  if (!IMPORT_EXTENSIONS.some((extension) => name.endsWith(extension))) {
    return { key: 'clientImport.errors.wrongType', params: { file: file.name } };
  }
  if (file.size === 0) {
    return { key: 'clientImport.errors.empty', params: { file: file.name } };
  }
  if (file.size > maxBytes) {
    const params = { file: file.name, size: megabytes(file.size), limit: megabytes(maxBytes) };
    return { key: 'clientImport.errors.tooLarge', params };
  }
  return null;
}
