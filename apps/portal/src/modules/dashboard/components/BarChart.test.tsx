import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart, axisTicks, barLength } from './BarChart';

describe('barLength', () => {
  it('is the share of the largest value, with a visible sliver for small values and none for zero', () => {
    expect(barLength(5, 10)).toBe('max(2px, calc(100% * 0.5000))');
    expect(barLength(10, 10, '(100% - 3.5rem)')).toBe('max(2px, calc((100% - 3.5rem) * 1.0000))');
    expect(barLength(0, 10)).toBe('0px');
    expect(barLength(0, 0)).toBe('0px');
  });
});

describe('BarChart', () => {
  const rows = [
    { key: 'a', label: 'عدن', values: { referrals: 8, accepted: 2 } },
    { key: 'b', label: 'المكلا', values: { referrals: 4, accepted: 0 } },
  ];
  const series = [
    { name: 'referrals', label: 'الإحالات', color: 'teal.7' },
    { name: 'accepted', label: 'المقبولة', color: 'blue.5' },
  ];

  it('draws one bar per row and series, in the series colour, scaled to the largest value, with its figure', () => {
    const { container, getByText } = render(<BarChart rows={rows} series={series} layout="bars" format={(value) => `#${value}`} />);
    expect(getByText('عدن')).toBeTruthy();
    expect(getByText('الإحالات')).toBeTruthy(); // the legend, as there are two series
    const bars = [...container.querySelectorAll<HTMLElement>('[style*="inline-size"]')];
    expect(bars.map((bar) => bar.style.inlineSize)).toEqual([
      'max(2px, calc((100% - 3.5rem) * 1.0000))',
      'max(2px, calc((100% - 3.5rem) * 0.2500))',
      'max(2px, calc((100% - 3.5rem) * 0.5000))',
      '0px',
    ]);
    expect(bars[1]?.style.background).toContain('--mantine-color-blue-5');
    expect([...container.querySelectorAll('span')].map((span) => span.textContent)).toContain('#4');
  });

  it('draws columns upwards for a time series, without a legend for one series', () => {
    const { container, queryByText } = render(<BarChart rows={rows} series={series.slice(0, 1)} layout="columns" format={String} />);
    const bars = [...container.querySelectorAll<HTMLElement>('[style*="block-size"]')];
    expect(bars.map((bar) => bar.style.blockSize)).toEqual(['max(2px, calc(100% * 1.0000))', 'max(2px, calc(100% * 0.5000))']);
    expect(queryByText('الإحالات')).toBeNull();
    expect(queryByText('4')).toBeTruthy(); // the value axis: 4, 0
  });
});

describe('axisTicks', () => {
  it('marks the top, the middle when it is a whole number, and zero', () => {
    expect(axisTicks(8)).toEqual([8, 4, 0]);
    expect(axisTicks(7)).toEqual([7, 0]);
    expect(axisTicks(2)).toEqual([2, 0]);
    expect(axisTicks(0)).toEqual([0]);
  });
});
