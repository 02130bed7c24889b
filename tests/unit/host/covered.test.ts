import { describe, expect, it } from 'vitest';
import { isCoveredBy } from '../../../lib/host/covered';

const panel = { left: 1020, top: 0, right: 1400, bottom: 900 };
const box = (left: number, right: number, top = 300, bottom = 330) => ({ left, right, top, bottom });

describe('isCoveredBy', () => {
  it('a field whose middle is under the panel is covered', () => {
    expect(isCoveredBy(box(1100, 1300), panel)).toBe(true);
    expect(isCoveredBy(box(816, 1330), panel)).toBe(true);
  });
  it('a wide field the panel only overlaps at its end is not', () => {
    expect(isCoveredBy(box(220, 1340), panel)).toBe(false);
    expect(isCoveredBy(box(285, 800), panel)).toBe(false);
  });
  it('a field scrolled out of view above or below is not under the panel', () => {
    expect(isCoveredBy(box(1100, 1300, -200, -170), panel)).toBe(false);
  });
});
