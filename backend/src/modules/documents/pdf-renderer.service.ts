import { access } from 'node:fs/promises';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Browser, chromium } from 'playwright-core';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';

/**
 * Prints HTML to PDF with headless Chromium through playwright-core. One browser is started on first
 * use and shared; when no Chromium is installed, documents are kept as HTML only and this says so once.
 * Templates are admin-written HTML: each page runs without JavaScript and every request it would make
 * is refused, so a template can neither script the browser nor reach the server's network.
 */
@Injectable()
export class PdfRendererService implements OnModuleDestroy {
  private readonly logger = new Logger(PdfRendererService.name);
  private browser: Promise<Browser | null> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async render(html: string): Promise<Buffer | null> {
    const browser = await this.launch();
    if (!browser) return null;
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    try {
      await context.route('**/*', (route) => route.abort('blockedbyclient'));
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '12mm', bottom: '12mm' } });
    } finally {
      await context.close();
    }
  }

  async onModuleDestroy(): Promise<void> {
    const browser = await this.browser;
    await browser?.close();
  }

  private launch(): Promise<Browser | null> {
    this.browser ??= (async () => {
      const executablePath = this.config.documents.chromiumPath;
      try {
        await access(executablePath);
      } catch {
        this.logger.warn(
          `No Chromium at ${executablePath} (set CHROMIUM_PATH): documents are stored as HTML only`,
        );
        return null;
      }
      return chromium.launch({
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
      });
    })();
    return this.browser;
  }
}
