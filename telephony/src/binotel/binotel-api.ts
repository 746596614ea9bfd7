/**
 * Binotel's REST API 4.0, the one call the CRM needs: click-to-call.
 *
 * Every method is `POST <base>/<group>/<method>.json` with a JSON body carrying `key` and `secret`; the
 * answer is JSON with `status: "success"` or `status: "error"`, `code` and `message`
 * (e.g. `{"status":"error","code":121,"message":"Your key or secret is wrong"}`).
 * Click-to-call is `calls/internal-number-to-external-number`: Binotel rings the employee's
 * `internalNumber`, then dials `externalNumber`, and answers with the new call's `generalCallID`.
 * There is no `calls/ext-to-number` with `ext_number`/`phone_number`; the names above are the ones in
 * github.com/sashalenz/binotel-api `src/ApiModels/Calls.php`, github.com/BitingSnakes/binotel-api
 * `resources.py` and other integrations, all against `https://api.binotel.com/api/4.0/`.
 */

export const BINOTEL_API_URL = 'https://api.binotel.com/api/4.0/';

export interface BinotelApiOptions {
  key: string;
  secret: string;
  /** Ends with the version, e.g. `https://api.binotel.com/api/4.0/`; tests point it at a local server. */
  baseUrl?: string;
  timeoutMs?: number;
}

/** Binotel refused a request, or could not be reached. */
export class BinotelApiError extends Error {
  readonly errorCode = 'BINOTEL_API_FAILED';

  constructor(
    message: string,
    /** Binotel's own error code when it gave one (121: wrong key or secret). */
    readonly binotelCode: string | null = null,
    readonly httpStatus: number | null = null,
  ) {
    super(message);
  }
}

export interface ClickToCallRequest {
  /** The employee's extension, rung first. */
  internalNumber: string;
  /** The number dialled once the employee answers. */
  externalNumber: string;
  /** Which of the company's numbers the customer sees. */
  pbxNumber?: string;
}

type ApiAnswer = Record<string, unknown>;

export class BinotelApiClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: BinotelApiOptions) {
    const base = options.baseUrl ?? BINOTEL_API_URL;
    this.baseUrl = base.endsWith('/') ? base : `${base}/`;
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** Starts a click-to-call; resolves to Binotel's `generalCallID` for it, when it gave one. */
  async internalNumberToExternalNumber(request: ClickToCallRequest): Promise<string | null> {
    const answer = await this.call('calls/internal-number-to-external-number', { ...request });
    const id = answer['generalCallID'];
    return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
  }

  /** One API method, e.g. `calls/internal-number-to-external-number`; throws `BinotelApiError`. */
  async call(method: string, params: Record<string, unknown>): Promise<ApiAnswer> {
    let response: Response;
    try {
      response = await fetch(new URL(`${method}.json`, this.baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ ...params, key: this.options.key, secret: this.options.secret }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new BinotelApiError(`Binotel API ${method} unreachable: ${reason}`);
    }
    const answer = await readAnswer(response, method);
    if (answer['status'] === 'success') return answer;
    const message = typeof answer['message'] === 'string' ? answer['message'] : 'no message';
    const code = answer['code'];
    throw new BinotelApiError(
      `Binotel API ${method} failed: ${message}`,
      typeof code === 'string' || typeof code === 'number' ? String(code) : null,
      response.status,
    );
  }
}

async function readAnswer(response: Response, method: string): Promise<ApiAnswer> {
  const text = await response.text();
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    throw new BinotelApiError(
      `Binotel API ${method} answered HTTP ${response.status} without JSON`,
      null,
      response.status,
    );
  }
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
    throw new BinotelApiError(
      `Binotel API ${method} answered HTTP ${response.status} with no object`,
      null,
      response.status,
    );
  }
  return Object.fromEntries(Object.entries(answer));
}
