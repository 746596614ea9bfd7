import { Logger, Provider } from '@nestjs/common';
import { AsteriskAmiAdapter, BinotelAdapter, PbxAdapter } from '@switchboard/telephony';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { PbxMetrics } from '../../core/metrics/pbx.metrics';
import { SpeechSynthesizer } from '../../core/speech/speech-synthesizer.service';
import { ClientsService } from '../clients/clients.service';
import { ExtensionDirectory } from '../users/extension-directory.service';
import { DemoRecordings } from './simulator/demo-recordings';
import { PbxSimulator } from './simulator/pbx-simulator';
import { simulatorCredentials } from './simulator/simulator-credentials';

/** The configured PBX adapter, or null with `PBX_MODE=none`. */
export const PBX_ADAPTER = Symbol('PBX_ADAPTER');
/** The demo PBX when `PBX_MODE=simulator`, else null. */
export const PBX_SIMULATOR = Symbol('PBX_SIMULATOR');

const logger = new Logger('PbxAdapter');

function asteriskAdapter(
  config: AppConfig,
  directory: ExtensionDirectory,
  link: { host: string; port: number; username: string; secret: string },
  metrics: PbxMetrics,
): AsteriskAmiAdapter {
  return new AsteriskAmiAdapter({
    ...link,
    onEventRead: metrics.amiEventRead,
    originateContext: config.pbx.ami.originateContext,
    isAgent: (extension) => directory.isAgent(extension),
    onMalformed: (frame, reason) =>
      logger.warn({ reason, frameStart: frame.slice(0, 80) }, 'Skipped a malformed AMI frame'),
    onLinkChanged: (state, reason) => logger.log({ state, reason }, 'PBX link changed'),
    onLoginRefused: (reason) => logger.warn({ reason }, 'The PBX refused the AMI login; retrying'),
  });
}

function binotelAdapter(config: AppConfig, clients: ClientsService): BinotelAdapter {
  const { apiUrl, apiKey, apiSecret } = config.pbx.binotel;
  return new BinotelAdapter({
    api: { key: apiKey ?? '', secret: apiSecret ?? '', baseUrl: apiUrl },
    lookupCustomer: async (number) => {
      const e164 = clients.normalizePhone(number);
      const client = e164 ? await clients.popClient(e164) : null;
      const url = client && config.publicUrl ? `${config.publicUrl}/clients/${client.id}` : null;
      return client ? { name: client.name, url } : null;
    },
  });
}

export const pbxProviders: Provider[] = [
  {
    provide: PBX_SIMULATOR,
    inject: [APP_CONFIG, ClientsService, ExtensionDirectory, SpeechSynthesizer],
    useFactory: (
      config: AppConfig,
      clients: ClientsService,
      directory: ExtensionDirectory,
      speech: SpeechSynthesizer,
    ) => {
      if (config.pbx.mode !== 'simulator') return null;
      const recordings = new DemoRecordings(speech, config.pbx.recordingsDir, config.defaultLanguage);
      return new PbxSimulator(
        (limit) => clients.samplePhones(limit),
        () => directory.extensions(),
        {
          ...config.pbx.simulator,
          credentials: simulatorCredentials(config.pbx.simulator),
          record: (linkedid) => recordings.record(linkedid),
        },
      );
    },
  },
  {
    provide: PBX_ADAPTER,
    inject: [APP_CONFIG, ExtensionDirectory, ClientsService, PBX_SIMULATOR, PbxMetrics],
    useFactory: async (
      config: AppConfig,
      directory: ExtensionDirectory,
      clients: ClientsService,
      simulator: PbxSimulator | null,
      metrics: PbxMetrics,
    ): Promise<PbxAdapter | null> => {
      switch (config.pbx.mode) {
        case 'asterisk':
          return asteriskAdapter(config, directory, config.pbx.ami, metrics);
        case 'binotel':
          return binotelAdapter(config, clients);
        case 'simulator': {
          if (!simulator) return null;
          const port = await simulator.start();
          return asteriskAdapter(
            config,
            directory,
            { host: '127.0.0.1', port, ...simulatorCredentials(config.pbx.simulator) },
            metrics,
          );
        }
        default:
          return null;
      }
    },
  },
];
