import { ScriptedAmiServer } from '@switchboard/telephony/test-pbx';
import { KamailioServer, startKamailio } from '../kamailio';
import { ProductServer, startProduct } from '../product-server';
import { ADMIN } from '../signed-in';
import { createAgent } from './agent';
import { PhonePageServer, startPhonePage } from './phone-page';

const AMI = { username: 'switchboard', secret: 'e2e-ami-secret' };
const WAIT_MS = 15000;

/**
 * What the softphone flows run against: Kamailio carrying SIP and media, the scripted AMI PBX telling the
 * backend about calls as Asterisk would, the built product wired to both (with agent 1001 created), and
 * the page the test phones run in.
 */
export interface SoftphoneProduct {
  kamailio: KamailioServer;
  pbx: ScriptedAmiServer;
  product: ProductServer;
  phonePage: PhonePageServer;
  stop: () => Promise<void>;
}

async function untilPbxConnected(productUrl: string): Promise<void> {
  const login = await fetch(`${productUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const health = await fetch(`${productUrl}/api/health`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    if (((await health.json()) as { pbx: string }).pbx === 'connected') return;
    if (Date.now() > deadline) throw new Error('the AMI link never connected');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function startSoftphoneProduct(): Promise<SoftphoneProduct> {
  const kamailio = await startKamailio();
  const pbx = new ScriptedAmiServer(AMI);
  const amiPort = await pbx.listen();
  const product = await startProduct(ADMIN, {
    SIP_WS_URL: kamailio.webSocketUrl,
    SIP_DOMAIN: kamailio.domain,
    SIP_PASSWORD_SECRET: 'e2e-sip-secret',
    PBX_MODE: 'asterisk',
    AMI_HOST: '127.0.0.1',
    AMI_PORT: String(amiPort),
    AMI_USERNAME: AMI.username,
    AMI_SECRET: AMI.secret,
  });
  const phonePage = await startPhonePage();
  await createAgent(product.url);
  await untilPbxConnected(product.url);
  return {
    kamailio,
    pbx,
    product,
    phonePage,
    stop: async () => {
      await phonePage.stop();
      await product.stop();
      await pbx.close();
      await kamailio.stop();
    },
  };
}
