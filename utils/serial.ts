/**
 * Runs async tasks one after another, in call order, so read-modify-write steps never interleave. A failed
 * task rejects its own caller only. The queue orders work; it holds no data, so a restarted worker loses
 * nothing by starting with an empty one.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const result = tail.then(task);
    tail = result.catch(() => undefined);
    return result;
  };
}
