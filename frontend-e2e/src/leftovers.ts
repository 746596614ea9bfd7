/** What a spec file started and has not stopped yet. A failed setup step skips the spec's own teardown, and a
 * process left running keeps the test run open for good, so the end of every spec file stops what is left. */
const leftovers = new Set<() => Promise<void>>();

/** `stop`, made safe to call twice, and registered to run when the spec file ends if nobody called it before. */
export function stopAtSpecEndUnlessStopped(stop: () => Promise<void>): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  const stopOnce = (): Promise<void> => {
    leftovers.delete(stopOnce);
    stopping ??= stop();
    return stopping;
  };
  leftovers.add(stopOnce);
  return stopOnce;
}

export async function stopLeftovers(): Promise<void> {
  await Promise.all([...leftovers].map((stop) => stop()));
}
