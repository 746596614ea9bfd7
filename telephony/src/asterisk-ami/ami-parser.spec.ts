import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AmiMessage, AmiParser } from './ami-parser';

const fixture = (name: string) => readFileSync(join(__dirname, '__fixtures__', name));

function parse(chunks: (Buffer | string)[]) {
  const messages: AmiMessage[] = [];
  const malformed: string[] = [];
  let version = '';
  const parser = new AmiParser({
    banner: (found) => (version = found),
    message: (message) => messages.push(message),
    malformed: (_frame, reason) => malformed.push(reason),
  });
  chunks.forEach((chunk) => parser.push(chunk));
  return { messages, malformed, version };
}

describe('AmiParser', () => {
  it('reads a recorded Asterisk 22 session: banner, responses and events', () => {
    const { messages, malformed, version } = parse([fixture('queue_answered_sip.ami')]);
    expect(version).toBe('11.0.0');
    expect(malformed).toEqual([]);
    expect(messages[0]).toEqual({
      response: 'Success',
      actionid: 'login-1',
      message: 'Authentication accepted',
    });
    const events = messages.filter((message) => message.event).map((message) => message.event);
    expect(events).toEqual(
      expect.arrayContaining([
        'QueueCallerJoin',
        'AgentCalled',
        'AgentConnect',
        'BridgeEnter',
        'AgentComplete',
        'Hangup',
      ]),
    );
  });

  it('reads the same stream whatever the chunk boundaries', () => {
    const stream = fixture('queue_abandon.ami');
    const whole = parse([stream]).messages;
    const bytes = Array.from({ length: Math.ceil(stream.length / 7) }, (_, index) =>
      stream.subarray(index * 7, index * 7 + 7),
    );
    expect(parse(bytes).messages).toEqual(whole);
    expect(whole.length).toBeGreaterThan(20);
  });

  it('reads bare LF line ends and header names in any case', () => {
    const { messages } = parse([
      'Asterisk Call Manager/11.0.0\nEVENT: Hangup\nlinkedID: 1795424299.0\ncause-txt: Normal Clearing\n\n',
    ]);
    expect(messages).toEqual([{ event: 'Hangup', linkedid: '1795424299.0', 'cause-txt': 'Normal Clearing' }]);
  });

  it('keeps every line of repeated headers such as Command output', () => {
    const { messages } = parse([
      'Asterisk Call Manager/11.0.0\r\nResponse: Success\r\nOutput: line one\r\nOutput: line two\r\n\r\n',
    ]);
    expect(messages[0]['output']).toBe('line one\nline two');
  });

  it('drops a malformed frame, says why, and goes on with the next', () => {
    const { messages, malformed } = parse([
      'Asterisk Call Manager/11.0.0\r\nEvent: Newchannel\r\nthis is garbage\r\n\r\nEvent: Hangup\r\nLinkedid: 1.0\r\n\r\n',
    ]);
    expect(malformed).toEqual(['line "this is garbage" is not "Name: value"']);
    expect(messages).toEqual([{ event: 'Hangup', linkedid: '1.0' }]);
  });

  it('reads event lists of the basic actions session to their Complete event', () => {
    const { messages } = parse([fixture('basic_actions.ami')]);
    const completes = messages
      .filter((message) => message.eventlist === 'Complete')
      .map((message) => message.event);
    expect(completes).toEqual(expect.arrayContaining(['CoreShowChannelsComplete', 'QueueStatusComplete']));
  });
});
