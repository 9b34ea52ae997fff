/** Two sets of counts with the same keys, added key by key. */
export function sumCounts<T extends { readonly [K in keyof T]: number }>(a: T, b: T): T {
  const sum = { ...a };
  for (const key of Object.keys(a) as (keyof T)[]) (sum[key] as number) = a[key] + b[key];
  return sum;
}
