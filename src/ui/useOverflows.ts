import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether an element's content is wider than the element, so a scroll container can join the
 * tab order only when there is something to scroll to (a keyboard user needs it then, not else).
 */
export function useOverflows(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Never pull the box out of the tab order while it has focus: focus would fall to <body>.
    const measure = () =>
      setOverflows((was) => el.scrollWidth > el.clientWidth + 1 || (was && document.activeElement === el));
    // No measuring here: reading the size now forces a layout in the middle of the first
    // render. The observer reports the size once the page is laid out anyway.
    const observer = new ResizeObserver(measure);
    // The box and what it holds: either may change size without the other.
    observer.observe(el);
    for (const child of el.children) observer.observe(child);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}
