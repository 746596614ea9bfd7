import { readFileSync } from 'node:fs';
import { ScriptedAmiServer, pbxFixturePath, recordedEvents } from '@switchboard/telephony/test-pbx';

export const AMI_CREDENTIALS = { username: 'switchboard', secret: 'ami-test-secret' };

/** The scripted AMI PBX on a free port, and the environment pointing the backend at it. */
export async function startScriptedPbx(): Promise<{ pbx: ScriptedAmiServer; env: NodeJS.ProcessEnv }> {
  const pbx = new ScriptedAmiServer(AMI_CREDENTIALS);
  const port = await pbx.listen();
  const env = {
    PBX_MODE: 'asterisk',
    AMI_HOST: '127.0.0.1',
    AMI_PORT: String(port),
    AMI_USERNAME: AMI_CREDENTIALS.username,
    AMI_SECRET: AMI_CREDENTIALS.secret,
    // The self-service FastAGI server starts with PBX_MODE=asterisk: a free port each, as test files run side by side.
    AGI_PORT: '0',
  };
  return { pbx, env };
}

/**
 * The events of a recorded Asterisk session (telephony's asterisk-ami fixtures), with the recording's internal caller numbers
 * replaced by real ones so calls meet the clients a test stored.
 */
export function recordedCall(name: string, callers: Record<string, string> = {}): string[] {
  let text = readFileSync(pbxFixturePath('asterisk-ami', `${name}.ami`), 'utf8');
  for (const [recorded, real] of Object.entries(callers)) text = text.split(recorded).join(real);
  return recordedEvents(text);
}
