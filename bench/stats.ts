/** Small statistics and number formatting for the tables. */

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The geometric mean of positive numbers (NaN for none). */
export function geomean(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  let logSum = 0;
  for (const x of xs) logSum += Math.log(x);
  return Math.exp(logSum / xs.length);
}

/** `1.5×`, `97×`, `12,058×`. */
export function formatRatio(r: number): string {
  if (!Number.isFinite(r)) return '–';
  if (r < 0.1) return `${Number(r.toPrecision(1))}×`;
  if (r < 10) return `${r.toFixed(1)}×`;
  return `${Math.round(r).toLocaleString('en-US')}×`;
}

/** `0.42`, `4.2`, `42`, `1,234` (milliseconds or megabytes). */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return '–';
  if (x < 1) return x.toFixed(2);
  if (x < 10) return x.toFixed(1);
  return Math.round(x).toLocaleString('en-US');
}

/** A timeout in seconds: `>120s`. */
export function formatTimeout(ms: number): string {
  return `>${Math.round(ms / 1000)}s`;
}

/** A signed percentage: `+3.1%`, `-0.4%`. */
export function formatPercent(p: number): string {
  if (!Number.isFinite(p)) return '–';
  return `${p >= 0 ? '+' : ''}${p.toFixed(1)}%`;
}
