import { ScriptedAmiServer } from '@switchboard/telephony/test-pbx';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser';
import { ProductServer, startProduct } from '../product-server';
import { ADMIN } from '../signed-in';

const AMI = { username: 'switchboard', secret: 'e2e-ami-secret' };
const WAIT_MS = 15000;

export interface ConsoleProduct {
  pbx: ScriptedAmiServer;
  product: ProductServer;
  browser: Browser;
  /** A JSON request to the API as the admin; throws unless the status is 2xx. */
  api: <T>(method: string, path: string, body?: unknown) => Promise<T>;
  /** A fresh browser page signed in as `login`, on the console. */
  signIn: (login: string, password: string) => Promise<Page>;
  close: () => Promise<void>;
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`never saw ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The built product with PBX_MODE=asterisk against a scripted AMI PBX that runs in this (jest) process
 * over TCP, so a test plays a call by broadcasting AMI frames; and Chromium for the agents.
 */
export async function startConsoleProduct(): Promise<ConsoleProduct> {
  const pbx = new ScriptedAmiServer(AMI);
  const port = await pbx.listen();
  const product = await startProduct(ADMIN, {
    PBX_MODE: 'asterisk',
    AMI_HOST: '127.0.0.1',
    AMI_PORT: String(port),
    AMI_USERNAME: AMI.username,
    AMI_SECRET: AMI.secret,
  });
  const login = await fetch(`${product.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${product.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  // The health report answers 503 until the link is up, with the same body.
  await until(async () => {
    const health = await fetch(`${product.url}/api/health`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    return ((await health.json()) as { pbx?: string }).pbx === 'connected';
  }, 'the AMI link connected');
  const browser = await launchChromium();
  const signIn = async (userLogin: string, password: string): Promise<Page> => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(product.url);
    await page.locator('[data-testid="login-input"]').fill(userLogin);
    await page.locator('[data-testid="password-input"]').fill(password);
    await page.locator('[data-testid="login-submit"]').click();
    await page.waitForURL(/\/console$/);
    return page;
  };
  return {
    pbx,
    product,
    browser,
    api,
    signIn,
    close: async () => {
      await browser.close();
      await product.stop();
      await pbx.close();
    },
  };
}
