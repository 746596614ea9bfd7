import { once } from 'node:events';
import { surveyAttemptOf } from '@switchboard/telephony';
import { ScriptedAmiServer, SyntheticTraffic, answerSurveyCalls } from '@switchboard/telephony/test-pbx';
import { callIdOf } from '../src/modules/calls/call-id';
import { AgentPops } from './agent-pops';
import { LOAD_CREDENTIALS } from './pop-plan';
import { SurveyCollect, SurveyLoadMessage, SurveyLoadPlan } from './survey-plan';

const tell = (message: SurveyLoadMessage) => process.send?.(message);
const next = async <T>() => ((await once(process, 'message')) as [T])[0];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The load side of the survey bench, in its own process: the scripted AMI PBX answering each survey call at
 * once (one key, then the hang-up), and inbound calls popping on 300 agents' sockets while the surveys run.
 */
async function main(): Promise<void> {
  const pbx = new ScriptedAmiServer(LOAD_CREDENTIALS);
  const responses = answerSurveyCalls(pbx, () => ({ outcome: 'answered', keys: ['5'] }), 5);
  const arrivals = new Map<string, number>();
  const answer = pbx.scriptOf('Originate');
  pbx.onAction('Originate', (action) => {
    const attemptId = surveyAttemptOf(action['channelid']);
    if (attemptId) arrivals.set(attemptId, Date.now());
    return answer?.(action) ?? [];
  });
  tell({ amiPort: await pbx.listen() });

  const plan = await next<SurveyLoadPlan>();
  const pops = await AgentPops.connect(plan.url, plan.tokens);
  let placed = 0;
  const inbound = new SyntheticTraffic(pbx, {
    callsPerSecond: plan.popsPerSecond,
    agents: () => plan.extensions,
    nextCaller: () => `067 ${String(1 + Math.floor(Math.random() * plan.clients)).padStart(7, '0')}`,
    ringMs: 1000,
    talkMs: 1000,
    onRing: (linkedid) => {
      placed++;
      pops.sent(callIdOf('main', linkedid));
    },
  });
  inbound.start();
  tell({ ready: true });

  const { expected, firstDue, deadline } = await next<SurveyCollect>();
  await sleep(firstDue - Date.now());
  pops.reset();
  placed = 0;
  while (arrivals.size < expected && Date.now() < deadline) await sleep(250);
  inbound.stop();
  const popsPlaced = placed;
  await sleep(3000);
  tell({ arrivals: [...arrivals], pops: pops.sorted(), popsPlaced, agents: pops.agents });
  pops.close();
  responses.stop();
  await pbx.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`survey load failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
