import { describe, expect, it } from 'vitest';
import { isMoveKey, nextActive } from './combobox';

describe('nextActive', () => {
  it('goes down from no option to the first, and wraps at the end', () => {
    expect(nextActive('ArrowDown', -1, 3)).toBe(0);
    expect(nextActive('ArrowDown', 0, 3)).toBe(1);
    expect(nextActive('ArrowDown', 2, 3)).toBe(0);
  });

  it('goes up from no option to the last, and wraps at the start', () => {
    expect(nextActive('ArrowUp', -1, 3)).toBe(2);
    expect(nextActive('ArrowUp', 2, 3)).toBe(1);
    expect(nextActive('ArrowUp', 0, 3)).toBe(2);
  });

  it('jumps to the first and last with Home and End', () => {
    expect(nextActive('Home', 1, 5)).toBe(0);
    expect(nextActive('End', 1, 5)).toBe(4);
  });

  it('has no active option without options, and recovers when the list got shorter', () => {
    expect(nextActive('ArrowDown', 2, 0)).toBe(-1);
    expect(nextActive('End', -1, 0)).toBe(-1);
    expect(nextActive('ArrowDown', 7, 3)).toBe(0);
    expect(nextActive('ArrowUp', 7, 3)).toBe(2);
  });
});

describe('isMoveKey', () => {
  it('knows the movement keys', () => {
    expect(['ArrowDown', 'ArrowUp', 'Home', 'End', 'Enter', 'a'].map(isMoveKey)).toEqual([true, true, true, true, false, false]);
  });
});
