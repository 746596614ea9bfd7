import { FieldError, UpdateConsoleSettingsRequest } from '@switchboard/contracts';

export interface ConsoleSettingsFormValue {
  pauseReasons: string[];
  dispositionCodes: { code: string; label: string }[];
  wrapUpSeconds: string;
  tellAgentWhenMonitored: boolean;
}

/** An empty limit means "until the wrap-up is saved". */
export function toSettingsRequest(value: ConsoleSettingsFormValue): UpdateConsoleSettingsRequest {
  const seconds = value.wrapUpSeconds.trim();
  return {
    pauseReasons: value.pauseReasons,
    dispositionCodes: value.dispositionCodes.map((row) => ({
      code: row.code.trim(),
      label: row.label.trim(),
    })),
    wrapUpSeconds: seconds === '' ? null : Number(seconds),
    tellAgentWhenMonitored: value.tellAgentWhenMonitored,
  };
}

/**
 * Server field errors by where the form shows them: `dispositionCodes.2.code` → row 2's code,
 * `dispositionCodes` → the list, `pauseReasons.1` → the reasons.
 */
export function settingsFieldErrors(errors: FieldError[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { field, reason } of errors) {
    const [list, index, key] = field.split('.');
    const place =
      list === 'dispositionCodes' && index !== undefined && key ? `dispositionCodes.${index}.${key}` : list;
    result[place] = result[place] ? `${result[place]}; ${reason}` : reason;
  }
  return result;
}
