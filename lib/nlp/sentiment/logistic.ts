/**
 * Logistic regression over hashed sparse features, trained by stochastic gradient descent with
 * per-feature (AdaGrad) step sizes and L2 shrinkage. Small and fast: scoring a text is one pass
 * over its few dozen features, and training on ~20,000 labelled texts takes about a second.
 * Training is deterministic: the order of examples comes from a seeded generator.
 */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

export interface Example {
  x: SparseVector;
  /** 1 positive, 0 negative. */
  y: 0 | 1;
  /** How much this example counts (to balance data sets of different sizes). */
  weight?: number;
  /** A logit added before the sigmoid: the base model's opinion, when training a correction of it. */
  offset?: number;
}

export interface TrainOptions {
  /** Width of the hashed feature space. */
  dimensions: number;
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
}

export class LogisticModel {
  constructor(
    readonly weights: Float32Array,
    public bias: number,
  ) {}

  logit(x: SparseVector): number {
    let z = this.bias;
    const { indices, values } = x;
    for (let k = 0; k < indices.length; k++) z += (this.weights[indices[k] as number] as number) * (values[k] as number);
    return z;
  }
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function trainLogistic(examples: readonly Example[], options: TrainOptions): LogisticModel {
  const { dimensions, epochs = 10, learningRate = 0.1, l2 = 1e-6, seed = 1 } = options;
  const weights = new Float32Array(dimensions);
  const squares = new Float32Array(dimensions);
  let bias = 0;
  let biasSquares = 0;
  const order = Array.from(examples.keys());
  const random = mulberry32(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const ex = examples[i] as Example;
      const { indices, values } = ex.x;
      let z = bias + (ex.offset ?? 0);
      for (let k = 0; k < indices.length; k++) z += (weights[indices[k] as number] as number) * (values[k] as number);
      const g = (sigmoid(z) - ex.y) * (ex.weight ?? 1);
      for (let k = 0; k < indices.length; k++) {
        const j = indices[k] as number;
        const w = weights[j] as number;
        const grad = g * (values[k] as number) + l2 * w;
        const s = (squares[j] as number) + grad * grad;
        squares[j] = s;
        weights[j] = w - (learningRate * grad) / Math.sqrt(s + 1e-8);
      }
      biasSquares += g * g;
      bias -= (learningRate * g) / Math.sqrt(biasSquares + 1e-8);
    }
  }
  return new LogisticModel(weights, bias);
}

/** A small, fast, seedable generator (Mulberry32): training must not depend on Math.random. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}
