/**
 * Runs warm-up steps one per macrotask (setTimeout 0), so that message handling in the
 * worker is never held up by more than one step. Started when the worker starts: the first
 * analysis request then usually finds the entity tables built while the page was extracting
 * its article (extraction runs in the page's process, not in the worker).
 */
export function runStepsInBackground(steps: readonly (() => void)[], onError: (err: unknown) => void = console.error): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    const runOne = () => {
      if (next >= steps.length) {
        resolve();
        return;
      }
      try {
        steps[next++]();
      } catch (err) {
        // A failed warm-up is not fatal: the step runs again lazily when analysis needs it.
        onError(err);
      }
      setTimeout(runOne, 0);
    };
    setTimeout(runOne, 0);
  });
}
