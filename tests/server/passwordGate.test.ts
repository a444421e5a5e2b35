import { createGate, GateFull } from '../../server/auth/passwordGate';

// The cap on password checks at once: scrypt's 128 MiB each must not be multiplied by a flood.
const later = () => {
  let release: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { done, release };
};

it('runs at most `running` checks at once, lets `waiting` more wait in turn, and refuses the rest at once', async () => {
  const gate = createGate({ running: 2, waiting: 2 });
  const holds = [later(), later(), later(), later()];
  const order: number[] = [];
  const runs = holds.map((hold, i) => gate.run(async () => {
    order.push(i);
    await hold.done;
    return i;
  }));
  await Promise.resolve();
  expect(gate.busy).toEqual({ active: 2, waiting: 2 });
  expect(order).toEqual([0, 1]);
  await expect(gate.run(async () => 'too many')).rejects.toBeInstanceOf(GateFull);
  holds[1]?.release();
  await runs[1];
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(order).toEqual([0, 1, 2]);
  expect(gate.busy).toEqual({ active: 2, waiting: 1 });
  for (const hold of holds) hold.release();
  expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
  expect(gate.busy).toEqual({ active: 0, waiting: 0 });
});

it('gives the place back when a check fails', async () => {
  const gate = createGate({ running: 1, waiting: 0 });
  await expect(gate.run(() => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
  expect(await gate.run(async () => 'next')).toBe('next');
  expect(gate.busy).toEqual({ active: 0, waiting: 0 });
});
