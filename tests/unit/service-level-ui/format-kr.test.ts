import { describe, expect, it } from 'vitest';
import { formatKr } from '../../../components/service-level/format';

describe('formatKr', () => {
  // Node has full ICU: the hand-written formatter must say exactly what Intl says in Danish.
  const intl = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
  it.each([0, 7, 56, 87.5, 450, 1250, 1250.456, 12_345.6, 999_999.999, 1_000_000, 0.004, 2.1])('%s', (amount) => {
    expect(formatKr(amount)).toBe(`${intl.format(amount)} kr.`);
  });
});
