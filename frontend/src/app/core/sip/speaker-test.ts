const TONE_HZ = 660;
const TONE_MS = 800;

/** An element that can be routed to a chosen output, where the browser allows it. */
export async function routeTo(element: HTMLMediaElement, outputId: string): Promise<boolean> {
  if (!('setSinkId' in element)) return outputId === '';
  try {
    await element.setSinkId(outputId);
    return true;
  } catch {
    return false;
  }
}

/**
 * Plays a short generated tone through `outputId`, the way the caller's voice will come out: through
 * an audio element, since an AudioContext alone cannot choose an output in every browser.
 */
export async function playTestTone(outputId: string): Promise<boolean> {
  if (typeof AudioContext === 'undefined') return false;
  const context = new AudioContext();
  const destination = context.createMediaStreamDestination();
  const gain = context.createGain();
  gain.gain.value = 0.2;
  const oscillator = context.createOscillator();
  oscillator.frequency.value = TONE_HZ;
  oscillator.connect(gain).connect(destination);
  const element = new Audio();
  element.srcObject = destination.stream;
  try {
    const routed = await routeTo(element, outputId);
    await context.resume();
    oscillator.start();
    await element.play();
    await new Promise((resolve) => setTimeout(resolve, TONE_MS));
    return routed;
  } catch {
    return false;
  } finally {
    oscillator.disconnect();
    element.srcObject = null;
    void context.close().catch(() => undefined);
  }
}
