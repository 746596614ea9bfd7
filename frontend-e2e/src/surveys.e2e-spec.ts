import { answerSurveyCalls, SurveyResponses } from '@switchboard/telephony/test-pbx';
import { Page } from 'playwright-core';
import { ConsoleProduct, startConsoleProduct } from './console/console-product';
import { ADMIN } from './signed-in';

const WAIT = { timeout: 20000 };

/**
 * An admin designs a survey, starts a manual campaign for a saved segment and watches its results fill as the
 * scripted AMI PBX plays the called clients (the worker dials them, the API hears their keys).
 */
describe('survey design, campaign and results', () => {
  let t: ConsoleProduct;
  let page: Page;
  let calls: SurveyResponses;

  const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
  const pick = async (select: string, option: string) => {
    await byTestId(select).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  beforeAll(async () => {
    t = await startConsoleProduct();
    const keys: Record<string, string[]> = { '+380671230001': ['5', '1'], '+380671230002': ['4', '2'] };
    calls = answerSurveyCalls(
      t.pbx,
      (call) => ({ outcome: 'answered', keys: keys[call.number] ?? ['3', '1'] }),
      300,
    );
    for (const [index, number] of ['067 123 0001', '067 123 0002'].entries()) {
      await t.api('POST', '/api/clients', {
        kind: 'person',
        lastName: `Surveyed${index}`,
        tags: ['survey-e2e'],
        phones: [{ number }],
        callConsent: true,
      });
    }
    await t.api('POST', '/api/client-segments', { name: 'Survey targets', filter: { tag: 'survey-e2e' } });
    page = await t.signIn(ADMIN.login, ADMIN.password);
  });
  afterAll(async () => {
    calls?.stop();
    await t?.close();
  });

  it('designs a survey of two questions', async () => {
    await page.goto(`${t.product.url}/admin/surveys`);
    await byTestId('surveys-empty').waitFor(WAIT);
    await byTestId('survey-create').click();
    await byTestId('survey-name').fill('After delivery');
    await byTestId('prompt-text-en').first().fill('How was the delivery? Press 1 to 5.');
    await byTestId('survey-add-question').click();
    const second = byTestId('survey-question').nth(1);
    await second.locator('[data-testid="question-kind"]').click();
    await page.getByRole('option', { name: /yes/i }).click();
    await second.locator('[data-testid="prompt-text-en"]').fill('Would you order again? 1 yes, 2 no.');
    await byTestId('survey-save').click();
    await page.waitForURL(/\/admin\/surveys\/[0-9a-f-]{36}$/, WAIT);
    await page.goto(`${t.product.url}/admin/surveys`);
    await byTestId('survey-row').filter({ hasText: 'After delivery' }).waitFor(WAIT);
  });

  it('starts a manual campaign for a segment and sees the results fill', async () => {
    await page.goto(`${t.product.url}/admin/campaigns`);
    await byTestId('campaign-create').click();
    await byTestId('campaign-name').fill('Delivered in December');
    await pick('campaign-survey', 'After delivery');
    await pick('campaign-trigger-kind', 'Clients added by hand');
    await byTestId('campaign-from').fill('00:00');
    await byTestId('campaign-to').fill('23:59');
    await byTestId('campaign-delay').fill('0');
    // Every day of the week, whatever day the test runs on.
    for (const day of [6, 7]) await byTestId(`campaign-day-${day}`).click();
    await byTestId('campaign-save').click();
    const row = byTestId('campaign-row').filter({ hasText: 'Delivered in December' });
    await row.waitFor(WAIT);
    await row.getByRole('button', { name: /start/i }).click();
    await row
      .locator('[data-testid="campaign-status"]')
      .filter({ hasText: /running/i })
      .waitFor(WAIT);
    await row.locator('[data-testid="campaign-add-clients"]').click();
    await pick('campaign-segment', 'Survey targets');
    await byTestId('campaign-add-confirm').click();

    await page.goto(`${t.product.url}/reports/surveys`);
    await pick('results-survey', 'After delivery');
    const tile = (id: string) => page.locator(`[data-testid="${id}"] .tile-value`);
    await tile('tile-reached')
      .filter({ hasText: /^\s*2\s*$/ })
      .waitFor(WAIT);
    await tile('tile-attempted')
      .filter({ hasText: /^\s*2\s*$/ })
      .waitFor(WAIT);
    const first = byTestId('question-result').first();
    await first
      .locator('[data-testid="question-average"]')
      .filter({ hasText: /4[.,]5/ })
      .waitFor(WAIT);
    await first.locator('[data-testid="question-bars"] canvas').waitFor(WAIT);
    expect(calls.calls.map((call) => call.number).sort()).toEqual(['+380671230001', '+380671230002']);
  });
});
