import { z } from 'zod';
import { CURRENCIES, LANGUAGES, PASSWORD_MIN_LENGTH } from '@switchboard/contracts';
import { isCommonPassword } from '../auth/common-passwords';

const SECONDS_PER_UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const commaList = z
  .string()
  .default('')
  .transform((list) =>
    list
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

/** A TCP port, or unset (empty counts as unset); 0 picks a free one. */
const optionalPort = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z.coerce.number().int().min(0).max(65535).optional(),
);

/** Every environment variable the backend reads, with its default and rule. */
export const PBX_MODES = ['asterisk', 'binotel', 'simulator', 'none'] as const;

export const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
    REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }),
    REDIS_PREFIX: z
      .string()
      .regex(/^[\w:.-]+$/, 'may contain letters, digits, ":", "." and "-"')
      .default('sb:'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters long'),
    JWT_TTL: z
      .string()
      .regex(/^\d+[smhd]$/, 'must look like 12h, 30m or 7d')
      .default('12h')
      .transform((ttl) => Number(ttl.slice(0, -1)) * SECONDS_PER_UNIT[ttl.slice(-1)]),
    ADMIN_LOGIN: optionalText,
    // The rule users' passwords follow (dto/user-fields.ts); a generated one (16 random characters) passes.
    ADMIN_PASSWORD: optionalText
      .refine((password) => password === undefined || password.length >= PASSWORD_MIN_LENGTH, {
        message: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
      })
      .refine((password) => password === undefined || !isCommonPassword(password), {
        message: 'is one of the most common passwords; choose another',
      }),
    DEFAULT_PHONE_REGION: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be a two-letter ISO country code such as UA')
      .default('UA'),
    DEFAULT_LANGUAGE: z.enum(LANGUAGES).default('en'),
    DEFAULT_CURRENCY: z.enum(CURRENCIES).default('UAH'),
    BONUS_EXPIRY_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
    CLIENT_IMPORT_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(10 * 1024 * 1024),
    CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
    ATTACHMENT_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(20 * 1024 * 1024),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    STATIC_DIR: optionalText,
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_LOCK_SECONDS: z.coerce.number().int().min(1).default(900),
    PUBLIC_URL: optionalText.pipe(
      z
        .url({ error: 'must be the address users open, such as https://crm.example.com' })
        .transform((url) => url.replace(/\/+$/, ''))
        .optional(),
    ),
    PBX_MODE: z.enum(PBX_MODES).default('none'),
    PBX_ID: z
      .string()
      .regex(/^[\w-]{1,32}$/, 'may contain letters, digits, "_" and "-" (at most 32)')
      .default('main'),
    AMI_HOST: z.string().min(1).default('127.0.0.1'),
    AMI_PORT: z.coerce.number().int().min(1).max(65535).default(5038),
    AMI_USERNAME: optionalText,
    AMI_SECRET: optionalText,
    AMI_ORIGINATE_CONTEXT: z.string().min(1).default('crm-click-to-call'),
    BINOTEL_WEBHOOK_SECRET: optionalText,
    BINOTEL_ALLOWED_IPS: commaList,
    BINOTEL_API_URL: z.url().default('https://api.binotel.com/api/4.0'),
    BINOTEL_API_KEY: optionalText,
    BINOTEL_API_SECRET: optionalText,
    SIMULATOR_CALLS_PER_MINUTE: z.coerce.number().min(0).max(600).default(2),
    SIMULATOR_RING_SECONDS: z.coerce.number().min(1).max(300).default(20),
    /** Where the demo PBX listens, so the worker's survey dialer reaches it too; 0: any free port. */
    SIMULATOR_AMI_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    SIMULATOR_AMI_SECRET: optionalText,
    SURVEY_DIAL: z
      .string()
      .regex(/\{number\}/, "must contain {number}, where the client's number goes")
      .default('PJSIP/{number}@trunk'),
    SURVEY_CALLER_ID: optionalText,
    SURVEY_RING_SECONDS: z.coerce.number().int().min(5).max(120).default(30),
    /** How often the worker looks for instalments and tasks to remind clients of. */
    REMINDER_SCAN_MINUTES: z.coerce.number().int().min(1).max(1440).default(5),
    SIP_WS_URL: optionalText,
    SIP_DOMAIN: optionalText,
    SIP_ICE_SERVERS: commaList,
    SIP_PASSWORD_SECRET: optionalText,
    AGI_HOST: z.string().min(1).default('127.0.0.1'),
    AGI_PORT: z.coerce.number().int().min(0).max(65535).default(4573),
    SWITCHBOARD_DATA_DIR: optionalText,
    PROMPTS_DIR: optionalText,
    RECORDINGS_DIR: optionalText,
    PROMPTS_PBX_DIR: z
      .string()
      .regex(/^\/[\w./-]*$/, 'must be an absolute path of letters, digits, ".", "_", "-" and "/"')
      .default('/var/lib/asterisk/sounds/switchboard'),
    METRICS_HOST: z.string().min(1).default('127.0.0.1'),
    METRICS_PORT: optionalPort,
    WORKER_METRICS_PORT: optionalPort,
  })
  .superRefine((env, context) => {
    const need = (variable: keyof typeof env, why: string) => {
      if (env[variable] === undefined) context.addIssue({ code: 'custom', path: [variable], message: why });
    };
    if (env.PBX_MODE === 'asterisk') {
      need('AMI_USERNAME', 'is required when PBX_MODE is asterisk');
      need('AMI_SECRET', 'is required when PBX_MODE is asterisk');
    }
    if (env.PBX_MODE === 'binotel') need('BINOTEL_WEBHOOK_SECRET', 'is required when PBX_MODE is binotel');
  });

export type Environment = z.infer<typeof environmentSchema>;
