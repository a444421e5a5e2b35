import { act, renderHook } from '@testing-library/react';
import { useSlideShow } from '../../../src/features/meeting/useSlideShow';

describe('the slide show', () => {
  it('loops forwards and backwards', () => {
    const { result } = renderHook(() => useSlideShow(3, 600));
    act(() => result.current.previous());
    expect(result.current.index).toBe(2);
    act(() => result.current.next());
    expect(result.current.index).toBe(0);
  });

  it('moves on from the slide on screen when the slides grow fewer', () => {
    const { result, rerender } = renderHook(({ count }) => useSlideShow(count, 600), { initialProps: { count: 10 } });
    act(() => result.current.go(7));
    rerender({ count: 5 });
    expect(result.current.index).toBe(4);
    act(() => result.current.next());
    expect(result.current.index).toBe(0);
    rerender({ count: 5 });
    act(() => result.current.previous());
    expect(result.current.index).toBe(4);
  });
});
