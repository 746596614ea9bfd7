import { ScriptedAmiServer, syntheticCall } from '@switchboard/telephony/test-pbx';
import { Browser, Page } from 'playwright-core';
import { FAKE_MEDIA_FLAGS, launchChromium } from './browser';
import type { KamailioServer } from './kamailio';
import type { ProductServer } from './product-server';
import { signInAgent } from './sip/agent';
import type { PhonePageServer } from './sip/phone-page';
import { SoftphoneProduct, startSoftphoneProduct } from './sip/softphone-product';
import type { PhoneReport } from './sip/test-phone';

const WAIT_MS = 15000;
/** What Asterisk reports of the first call (2001 ringing 1001), played by the scripted AMI PBX in step with it. */
const pbxCall = syntheticCall({ linkedid: '1795900000.1', callerNumber: '2001', agent: '1001' });

describe('an agent takes calls in the console softphone', () => {
  let setup: SoftphoneProduct;
  let kamailio: KamailioServer;
  let pbx: ScriptedAmiServer;
  let product: ProductServer;
  let phonePage: PhonePageServer;
  let browser: Browser;
  let agent: Page;
  /** 2001 calls the agent; 3001 answers whatever rings, and is where the agent transfers to. */
  let caller: Page;
  let target: Page;

  const byTestId = (id: string) => agent.locator(`[data-testid="${id}"]`);
  const softphoneAttribute = (name: string) => byTestId('softphone').getAttribute(name);
  const until = async (phone: Page, check: (report: PhoneReport) => boolean, what: string) => {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const report = await phone.evaluate(() => window.testPhone.report());
      if (check(report)) return report;
      if (Date.now() > deadline) throw new Error(`never saw ${what}: ${JSON.stringify(report)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const untilSoftphone = (name: string, values: string[]) =>
    agent.waitForFunction(
      ([attribute, wanted]) =>
        wanted.includes(document.querySelector('[data-testid="softphone"]')?.getAttribute(attribute) ?? ''),
      [name, values] as const,
      { timeout: WAIT_MS },
    );
  const openPhone = async (extension: string, autoAnswer: boolean): Promise<Page> => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(phonePage.url);
    await page.evaluate(([url, uri, answer]) => window.testPhone.register(url, uri, { autoAnswer: answer }), [
      kamailio.webSocketUrl,
      `sip:${extension}@${kamailio.domain}`,
      autoAnswer,
    ] as const);
    return page;
  };
  const ringAndAnswer = async () => {
    await caller.evaluate(() => window.testPhone.call('1001'));
    await byTestId('softphone-incoming').waitFor({ timeout: WAIT_MS });
    expect(await byTestId('softphone-caller').textContent()).toContain('2001');
    await byTestId('softphone-answer').click();
    await untilSoftphone('data-call-state', ['inCall']);
  };

  const consult = async (colleague: string) => {
    await byTestId('softphone-transfer-toggle').click();
    await byTestId('softphone-transfer-input').fill(colleague);
    await byTestId('softphone-consult-start').click();
    await untilSoftphone('data-consult-state', ['talking']);
  };

  beforeAll(async () => {
    setup = await startSoftphoneProduct();
    ({ kamailio, pbx, product, phonePage } = setup);
    browser = await launchChromium(FAKE_MEDIA_FLAGS);
    agent = await (await browser.newContext()).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await setup?.stop();
  });

  it('registers the softphone when the agent signs in', async () => {
    await signInAgent(agent, product.url);
    await untilSoftphone('data-registration', ['registered']);
    expect(await byTestId('softphone-status').textContent()).toContain('Ready');
    caller = await openPhone('2001', false);
    target = await openPhone('3001', true);
  });

  it('rings with the caller number and connects the call when the agent answers', async () => {
    pbx.broadcast(pbxCall.ring);
    await byTestId('pop').filter({ hasText: '2001' }).waitFor({ timeout: WAIT_MS });
    await ringAndAnswer();
    pbx.broadcast(pbxCall.answer);
    await untilSoftphone('data-ice-state', ['connected', 'completed']);
    await byTestId('softphone-timer').waitFor();
    const report = await until(caller, (r) => r.events.includes('confirmed'), 'the call confirmed');
    expect(['connected', 'completed']).toContain(report.iceState);
    // The agent's fake microphone reaches the caller: RTP flows, not just signalling.
    await until(caller, (r) => r.inboundAudioBytes > 0, 'audio from the agent');
  });

  it('holds and resumes the call, and the caller sees both re-INVITEs', async () => {
    await byTestId('softphone-hold').click();
    await byTestId('softphone-held').waitFor();
    await until(caller, (r) => r.events.includes('hold'), 'the hold');
    await byTestId('softphone-resume').click();
    await byTestId('softphone-held').waitFor({ state: 'detached' });
    await until(caller, (r) => r.events.includes('unhold'), 'the resume');
    expect(await softphoneAttribute('data-call-state')).toBe('inCall');
  });

  it('mutes and unmutes the microphone', async () => {
    await byTestId('softphone-mute').click();
    await byTestId('softphone-muted').waitFor();
    await byTestId('softphone-unmute').click();
    await byTestId('softphone-muted').waitFor({ state: 'detached' });
  });

  it('sends a DTMF digit from the keypad to the caller', async () => {
    await byTestId('softphone-keypad-toggle').click();
    await byTestId('softphone-key-5').click();
    const report = await until(caller, (r) => r.dtmf.length > 0, 'a DTMF digit');
    expect(report.dtmf).toEqual(['5']);
  });

  it('hangs up, the caller is released and the console is idle again', async () => {
    await byTestId('softphone-hangup').click();
    await until(caller, (r) => r.events.includes('ended'), 'the hang-up');
    pbx.broadcast(pbxCall.hangup);
    expect(await byTestId('softphone-ended').textContent()).toContain('Call ended');
    await untilSoftphone('data-call-state', ['idle']);
    await byTestId('softphone-dial-input').waitFor();
    expect(await softphoneAttribute('data-registration')).toBe('registered');
  });

  it('saves the wrap-up of the call, which then shows in the agent own call history', async () => {
    await byTestId('wrap-up').waitFor({ timeout: WAIT_MS });
    await byTestId('wrap-up-code').click();
    await byTestId('wrap-up-code-resolved').click();
    await byTestId('wrap-up-note').fill('Checked the line: audio both ways');
    await byTestId('wrap-up-save').click();
    await byTestId('wrap-up').waitFor({ state: 'detached', timeout: WAIT_MS });
    // The row is there from the call's end; the history reloads once more when the wrap-up is saved.
    const row = byTestId('call-row').filter({ hasText: '2001' });
    await row.locator('[data-testid="call-wrap-up"]', { hasText: 'Resolved' }).waitFor({ timeout: WAIT_MS });
    expect(await row.locator('[data-testid="call-disposition"]').textContent()).toContain('Answered');
  });

  it('checks the microphone, speaker and connection in the self-check, and remembers a chosen microphone', async () => {
    await byTestId('softphone-check-open').click();
    await byTestId('softphone-check').waitFor();
    await agent.waitForSelector('[data-testid="check-microphone"][data-state="ok"]', { timeout: WAIT_MS });
    // Chromium's fake microphone beeps once a second, so the meter moves within a couple of seconds.
    await agent.waitForFunction(
      () => Number(document.querySelector('[data-testid="check-level"]')?.getAttribute('data-level')) > 0,
      undefined,
      { timeout: WAIT_MS },
    );
    expect(await byTestId('check-secure').textContent()).toContain('Yes');
    expect(await byTestId('check-transport').textContent()).toContain('Connected');
    expect(await byTestId('check-registration').textContent()).toContain('Ready');
    expect(await byTestId('check-ice').textContent()).toContain('Connected');
    await byTestId('check-ok').waitFor();

    await byTestId('check-speaker-test').click();
    await agent.waitForSelector('[data-testid="check-speaker-result"][data-state="played"]', {
      timeout: WAIT_MS,
    });
    await byTestId('check-output').waitFor();
    await byTestId('check-input').click();
    const microphone = agent.locator('mat-option').nth(1);
    const label = (await microphone.textContent())?.trim();
    await microphone.click();
    expect(await agent.evaluate(() => localStorage.getItem('sb.softphone.input'))).toBeTruthy();
    expect(await byTestId('check-input').textContent()).toContain(label);
    await byTestId('softphone-check-close').click();
    await byTestId('softphone-check').waitFor({ state: 'detached' });
  });

  it('transfers a caller blind to another extension and drops out of the call', async () => {
    await caller.evaluate(() => window.testPhone.reset());
    await ringAndAnswer();
    await byTestId('softphone-transfer-toggle').click();
    await byTestId('softphone-transfer-input').fill('3001');
    await byTestId('softphone-transfer-submit').click();

    await until(caller, (r) => r.events.includes('referred'), 'the REFER');
    const atTarget = await until(target, (r) => r.events.includes('confirmed'), 'the transferred call');
    expect(atTarget.remote).toBe('2001');
    await untilSoftphone('data-call-state', ['idle']);
    expect((await until(caller, (r) => r.remote === '3001', 'the caller talking to 3001')).events).toContain(
      'confirmed',
    );
  });

  it('consults a colleague with the caller on hold, then goes back to the caller', async () => {
    await caller.evaluate(() => window.testPhone.hangup());
    await until(target, (r) => r.events.includes('ended'), 'the previous call over');
    await caller.evaluate(() => window.testPhone.reset());
    await target.evaluate(() => window.testPhone.reset());
    await ringAndAnswer();
    await consult('3001');
    await until(caller, (r) => r.events.includes('hold'), 'the caller put on hold');
    expect((await until(target, (r) => r.events.includes('confirmed'), 'the colleague')).remote).toBe('1001');
    expect(await byTestId('softphone-consult').textContent()).toContain('Talking to 3001');

    await byTestId('softphone-consult-cancel').click();
    await untilSoftphone('data-consult-state', ['']);
    await until(target, (r) => r.events.includes('ended'), 'the colleague released');
    await until(caller, (r) => r.events.includes('unhold'), 'the caller back from hold');
    expect(await softphoneAttribute('data-call-state')).toBe('inCall');
    await byTestId('softphone-held').waitFor({ state: 'detached' });
  });

  it('completes an attended transfer: the caller gets a REFER with Replaces and talks to the colleague', async () => {
    await caller.evaluate(() => window.testPhone.reset());
    await target.evaluate(() => window.testPhone.reset());
    await consult('3001');
    await until(target, (r) => r.events.includes('confirmed'), 'the colleague');
    await byTestId('softphone-consult-complete').click();

    await until(caller, (r) => r.events.includes('referReplaces'), 'a REFER with Replaces');
    await until(target, (r) => r.events.includes('replaced'), 'the colleague leg replaced');
    const atCaller = await until(
      caller,
      (r) => r.remote === '3001' && r.events.includes('confirmed'),
      'the caller talking to 3001',
    );
    expect(['connected', 'completed']).toContain(atCaller.iceState);
    expect(
      (await until(target, (r) => r.remote === '2001', 'the colleague talking to 2001')).events,
    ).toContain('confirmed');
    await untilSoftphone('data-call-state', ['ended', 'idle']);
    await untilSoftphone('data-call-state', ['idle']);
    expect(await softphoneAttribute('data-registration')).toBe('registered');
  });

  it('answers, holds, mutes and hangs up from the keyboard, and lists the shortcuts on "?"', async () => {
    await caller.evaluate(() => window.testPhone.hangup());
    await caller.evaluate(() => window.testPhone.reset());
    await caller.evaluate(() => window.testPhone.call('1001'));
    await byTestId('softphone-incoming').waitFor({ timeout: WAIT_MS });
    await agent.keyboard.press('Alt+KeyA');
    await untilSoftphone('data-call-state', ['inCall']);
    await agent.keyboard.press('Alt+KeyO');
    await until(caller, (r) => r.events.includes('hold'), 'the hold from the keyboard');
    await agent.keyboard.press('Alt+KeyO');
    await until(caller, (r) => r.events.includes('unhold'), 'the resume from the keyboard');
    await agent.keyboard.press('Alt+KeyM');
    await byTestId('softphone-muted').waitFor();

    await agent.keyboard.press('?');
    await byTestId('softphone-shortcuts').waitFor();
    expect(await byTestId('softphone-shortcut-answer').textContent()).toContain('Alt+A');
    await agent.keyboard.press('Escape');
    await byTestId('softphone-shortcuts').waitFor({ state: 'detached' });

    await agent.keyboard.press('Alt+KeyH');
    await until(caller, (r) => r.events.includes('ended'), 'the hang-up from the keyboard');
    await untilSoftphone('data-call-state', ['idle']);
  });

  it('switches to the dark theme and remembers it', async () => {
    await byTestId('theme-menu').click();
    await byTestId('theme-dark').click();
    await agent.waitForFunction(() => document.documentElement.style.colorScheme === 'dark');
    expect(await agent.evaluate(() => localStorage.getItem('sb.theme'))).toBe('dark');
    const background = await agent.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await byTestId('theme-menu').click();
    await byTestId('theme-light').click();
    await agent.waitForFunction(() => document.documentElement.style.colorScheme === 'light');
    expect(await agent.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(background);
  });

  it('unregisters on sign-out, so calls to the extension no longer reach this browser', async () => {
    await byTestId('user-menu').click();
    await byTestId('logout').click();
    await agent.waitForURL(/\/login$/);
    await caller.evaluate(() => window.testPhone.reset());
    await caller.evaluate(() => window.testPhone.call('1001'));
    await until(caller, (r) => r.events.includes('failed'), 'the call refused');
    expect((await caller.evaluate(() => window.testPhone.report())).events).not.toContain('confirmed');
  });
});
