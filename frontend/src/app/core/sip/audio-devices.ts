/** Pure rules for choosing audio devices; the service around them talks to the browser. */

export interface AudioDevice {
  id: string;
  label: string;
}

/** The empty id stands for the browser's default device throughout. */
export const DEFAULT_DEVICE = '';

/** The remembered device while it is plugged in, otherwise the default: a lost headset is not an error. */
export function effectiveDevice(stored: string, available: readonly AudioDevice[]): string {
  return stored !== DEFAULT_DEVICE && available.some((device) => device.id === stored)
    ? stored
    : DEFAULT_DEVICE;
}

/**
 * The devices of one kind worth offering. Chrome lists pseudo-devices ("default", "communications")
 * that the default choice already covers, and before microphone permission only nameless entries.
 */
export function devicesOfKind(
  devices: readonly Pick<MediaDeviceInfo, 'deviceId' | 'kind' | 'label'>[],
  kind: 'audioinput' | 'audiooutput',
): AudioDevice[] {
  return devices
    .filter((device) => device.kind === kind && device.deviceId !== '')
    .filter((device) => device.deviceId !== 'default' && device.deviceId !== 'communications')
    .map((device, index) => ({ id: device.deviceId, label: device.label || `#${index + 1}` }));
}

/** What `getUserMedia` gets for a call or the meter. `ideal` rather than `exact`, so a device that
 * vanished a moment ago still gives the default microphone instead of an OverconstrainedError. */
export function audioConstraints(inputId: string): MediaStreamConstraints {
  return {
    audio: inputId === DEFAULT_DEVICE ? true : { deviceId: { ideal: inputId } },
    video: false,
  };
}
