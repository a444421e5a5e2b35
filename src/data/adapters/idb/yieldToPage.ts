/**
 * Lets the page handle input and paint before the next slice of work. A message, not a timer:
 * a hidden tab's timers are slowed to one a second, which would stretch a restore of 350
 * slices into minutes if the person looked at another tab meanwhile.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
