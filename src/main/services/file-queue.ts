/** The operations on each file, one after the other: an update never overwrites another's. */
const queues = new Map<string, Promise<unknown>>();

/** Runs `task` once every operation queued before it on `file` has ended (whether it succeeded or not). */
export function queued<T>(file: string, task: () => Promise<T>): Promise<T> {
  const result = (queues.get(file) ?? Promise.resolve()).then(task);
  const tail = result.catch(() => undefined);
  queues.set(file, tail);
  void tail.then(() => {
    if (queues.get(file) === tail) queues.delete(file);
  });
  return result;
}
