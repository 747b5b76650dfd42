/**
 * The story model's fit (npm run calibrate; also eval/story-model-study.ts):
 * logistic regression with L2, by gradient descent on standardised inputs;
 * weights returned for the raw inputs.
 */
export function fitLogistic(samples: ReadonlyArray<{ x: ArrayLike<number>; y: number }>, l2 = 1e-3): { weights: number[]; bias: number } {
  const d = samples[0]?.x.length ?? 0;
  const n = samples.length;
  const mean = new Float64Array(d);
  const sd = new Float64Array(d);
  for (const s of samples) for (let j = 0; j < d; j++) mean[j] += s.x[j] / n;
  for (const s of samples) for (let j = 0; j < d; j++) sd[j] += (s.x[j] - mean[j]) ** 2 / n;
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]) || 1;
  const z = samples.map((s) => Float64Array.from(s.x, (v, j) => (v - mean[j]) / sd[j]));
  const w = new Float64Array(d);
  let b = 0;
  const grad = new Float64Array(d);
  for (let it = 0; it < 3000; it++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let t = b;
      for (let j = 0; j < d; j++) t += w[j] * z[i][j];
      const e = 1 / (1 + Math.exp(-t)) - samples[i].y;
      gb += e;
      for (let j = 0; j < d; j++) grad[j] += e * z[i][j];
    }
    for (let j = 0; j < d; j++) w[j] -= 0.5 * (grad[j] / n + l2 * w[j]);
    b -= (0.5 * gb) / n;
  }
  const weights = Array.from(w, (wj, j) => wj / sd[j]);
  const bias = b - weights.reduce((s, wj, j) => s + wj * mean[j], 0);
  return { weights, bias };
}
