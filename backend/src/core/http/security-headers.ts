import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { AppConfig } from '../config/app-config';

/** The socket.io endpoint and, when configured, the softphone's SIP WebSocket on another host. */
function connectSources(config: Pick<AppConfig, 'softphone'>): string[] {
  const sip = config.softphone.webSocketUrl;
  return ["'self'", ...(sip ? [new URL(sip).origin] : [])];
}

/**
 * Security headers for the API and the web app: a CSP that allows only the app's own scripts (Angular
 * inserts component styles inline, hence 'unsafe-inline' for styles alone), no framing, and HSTS with
 * the upgrade of insecure requests only when users reach the product over HTTPS.
 */
export function useSecurityHeaders(
  app: NestExpressApplication,
  config: Pick<AppConfig, 'softphone' | 'publicUrl'>,
): void {
  const https = config.publicUrl?.startsWith('https://') ?? false;
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          mediaSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: connectSources(config),
          workerSrc: ["'self'", 'blob:'],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(https ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      strictTransportSecurity: https ? { maxAge: 15_552_000, includeSubDomains: true } : false,
    }),
  );
}
