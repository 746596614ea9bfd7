import { join, resolve } from 'node:path';
import { Currency, Language } from '@switchboard/contracts';
import { Environment, environmentSchema } from './config.schema';

/** The typed, nested configuration every module receives; built once at boot. */
export interface AppConfig {
  env: Environment['NODE_ENV'];
  port: number;
  databaseUrl: string;
  redis: { url: string; prefix: string };
  auth: {
    jwtSecret: string;
    jwtTtlSeconds: number;
    loginMaxFailures: number;
    loginLockSeconds: number;
  };
  bootstrapAdmin: { login?: string; password?: string };
  defaultPhoneRegion: string;
  defaultLanguage: Language;
  /** Largest client import file accepted. */
  clientImportMaxBytes: number;
  /** Currency of new orders and of debt totals. */
  orders: { currency: Currency; bonusExpiryDays: number };
  /** Chromium prints documents to PDF; attachments larger than the limit are refused. */
  documents: { chromiumPath: string; attachmentMaxBytes: number };
  logLevel: Environment['LOG_LEVEL'];
  staticDir: string;
  /** Where users reach the product, for links handed to other systems (the PBX's caller card). */
  publicUrl: string | null;
  pbx: PbxConfig;
  surveys: SurveysConfig;
  reminders: RemindersConfig;
  softphone: SoftphoneConfig;
  selfService: SelfServiceConfig;
  /** Prometheus endpoints, one per process, each on its own port; null: that process serves none. */
  metrics: { host: string; apiPort: number | null; workerPort: number | null };
}

export interface PbxConfig {
  mode: Environment['PBX_MODE'];
  /** Calls are keyed by PBX and the PBX's own id: two PBXs can produce the same Linkedid. */
  id: string;
  ami: { host: string; port: number; username: string; secret: string; originateContext: string };
  binotel: {
    webhookSecret: string;
    allowedAddresses: string[];
    apiUrl: string;
    apiKey: string | null;
    apiSecret: string | null;
  };
  /**
   * `ringSeconds`: how long the demo phone rings before the call ends unanswered. `amiPort` and `amiSecret`:
   * where the demo PBX listens (0: any port) and its secret (null: a new one per start); `npm start` sets both
   * so that the worker's survey dialer reaches the API's demo PBX.
   */
  simulator: { callsPerMinute: number; ringSeconds: number; amiPort: number; amiSecret: string | null };
  /** Where this process reads the recordings MixMonitor writes (the PBX's monitor folder, shared). */
  recordingsDir: string;
}

/** How survey calls reach clients: `dial` with `{number}` replaced by the client's E.164 number. */
/** Reminder calls dial like survey calls too (`dial`, `callerId`, `ringSeconds`). */
export interface SurveysConfig {
  dial: string;
  callerId: string | null;
  ringSeconds: number;
}

export interface RemindersConfig {
  /** Minutes between the worker's scans for instalments and tasks to remind clients of. */
  scanMinutes: number;
}

/** Where browsers register; each agent's SIP password is derived from `passwordSecret` and the extension. */
export interface SoftphoneConfig {
  webSocketUrl: string | null;
  domain: string | null;
  iceServers: string[];
  passwordSecret: string | null;
}

/**
 * The FastAGI server the crm-selfservice dialplan calls (API process only), and where spoken prompts go:
 * `promptsDir` is written here, the PBX reads the same files under `pbxPromptsDir` (a shared volume).
 */
export interface SelfServiceConfig {
  agiHost: string;
  /** 0 picks a free port (tests). */
  agiPort: number;
  promptsDir: string;
  pbxPromptsDir: string;
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** The built frontend sits beside the compiled backend in dist/. */
const defaultStaticDir = join(__dirname, '../../../../../frontend/browser');

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigValidationError(
      parsed.error.issues.map((issue) => {
        const variable = issue.path.join('.');
        const value = source[variable];
        return value === undefined && issue.code !== 'custom'
          ? `${variable} is required`
          : `${variable} ${issue.message}`;
      }),
    );
  }
  const env = parsed.data;
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    redis: { url: env.REDIS_URL, prefix: env.REDIS_PREFIX },
    auth: {
      jwtSecret: env.JWT_SECRET,
      jwtTtlSeconds: env.JWT_TTL,
      loginMaxFailures: env.LOGIN_MAX_FAILURES,
      loginLockSeconds: env.LOGIN_LOCK_SECONDS,
    },
    bootstrapAdmin: { login: env.ADMIN_LOGIN, password: env.ADMIN_PASSWORD },
    defaultPhoneRegion: env.DEFAULT_PHONE_REGION,
    defaultLanguage: env.DEFAULT_LANGUAGE,
    clientImportMaxBytes: env.CLIENT_IMPORT_MAX_BYTES,
    orders: { currency: env.DEFAULT_CURRENCY, bonusExpiryDays: env.BONUS_EXPIRY_DAYS },
    documents: { chromiumPath: env.CHROMIUM_PATH, attachmentMaxBytes: env.ATTACHMENT_MAX_BYTES },
    logLevel: env.LOG_LEVEL,
    staticDir: env.STATIC_DIR ?? defaultStaticDir,
    publicUrl: env.PUBLIC_URL ?? null,
    pbx: {
      mode: env.PBX_MODE,
      id: env.PBX_ID,
      recordingsDir: resolve(env.RECORDINGS_DIR ?? join(env.SWITCHBOARD_DATA_DIR ?? '.data', 'recordings')),
      ami: {
        host: env.AMI_HOST,
        port: env.AMI_PORT,
        username: env.AMI_USERNAME ?? '',
        secret: env.AMI_SECRET ?? '',
        originateContext: env.AMI_ORIGINATE_CONTEXT,
      },
      binotel: {
        webhookSecret: env.BINOTEL_WEBHOOK_SECRET ?? '',
        allowedAddresses: env.BINOTEL_ALLOWED_IPS,
        apiUrl: env.BINOTEL_API_URL,
        apiKey: env.BINOTEL_API_KEY ?? null,
        apiSecret: env.BINOTEL_API_SECRET ?? null,
      },
      simulator: {
        callsPerMinute: env.SIMULATOR_CALLS_PER_MINUTE,
        ringSeconds: env.SIMULATOR_RING_SECONDS,
        amiPort: env.SIMULATOR_AMI_PORT,
        amiSecret: env.SIMULATOR_AMI_SECRET ?? null,
      },
    },
    surveys: {
      dial: env.SURVEY_DIAL,
      callerId: env.SURVEY_CALLER_ID ?? null,
      ringSeconds: env.SURVEY_RING_SECONDS,
    },
    reminders: { scanMinutes: env.REMINDER_SCAN_MINUTES },
    softphone: {
      webSocketUrl: env.SIP_WS_URL ?? null,
      domain: env.SIP_DOMAIN ?? null,
      iceServers: env.SIP_ICE_SERVERS,
      passwordSecret: env.SIP_PASSWORD_SECRET ?? null,
    },
    selfService: {
      agiHost: env.AGI_HOST,
      agiPort: env.AGI_PORT,
      promptsDir: resolve(env.PROMPTS_DIR ?? join(env.SWITCHBOARD_DATA_DIR ?? '.data', 'prompts')),
      pbxPromptsDir: env.PROMPTS_PBX_DIR.replace(/\/+$/, ''),
    },
    metrics: {
      host: env.METRICS_HOST,
      apiPort: env.METRICS_PORT ?? null,
      workerPort: env.WORKER_METRICS_PORT ?? null,
    },
  };
}
