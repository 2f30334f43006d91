import { EdgeQueues } from './edge-queues';
import { MAX_ALLOCATION_SCORE } from './types';

const INF = Number.POSITIVE_INFINITY;

/**
 * An instance after canonicalisation: services without places dropped and renumbered 0..K-1,
 * pairs of each applicant sorted by service with duplicates merged (best score kept).
 */
export interface CanonicalProblem {
  applicantCount: number;
  /** Places per service, at most applicantCount. */
  capacity: Int32Array;
  pairStart: Int32Array;
  pairService: Int32Array;
  pairScore: Int32Array;
}

export interface FlowSolution {
  /** Service per applicant, or K (the number of services) when unplaced. */
  where: Int32Array;
  /** Optimal dual prices per node, in weight units (score * scale + 1); index K is "unplaced". */
  price: Float64Array;
  scale: number;
}

/*
 * Exact min-cost flow by successive shortest paths on the graph CONTRACTED to services.
 *
 * Network: each applicant sends one unit to an eligible service or to "unplaced" (⊥, unbounded),
 * and each service passes at most its capacity on to a sink, merged here with ⊥. A pair costs
 * -(score * B + 1) with B = A + 1 > any number of placed applicants: the total score is maximal
 * first, then the number of placed applicants.
 *
 * Start (any prices p are a valid start): every applicant at a node maximising its profit w - p,
 * and each service passing its capacity if priced above ⊥, nothing if below, its load if equal. All
 * residual edges then have non-negative reduced costs, but services may hold more applicants than
 * they pass (excess) or fewer (deficit). Each round runs Dijkstra from one excess node over the
 * K + 1 nodes, stops at the first deficit node settled, raises the prices of the settled nodes by
 * how much closer than that deficit they were (Johnson potentials: reduced costs stay >= 0, the
 * path becomes tight) and pushes one unit along the path. The contracted edge s -> t is "move the
 * cheapest applicant at s to t" (EdgeQueues), in parallel with the sink edges s -> ⊥ (s passes one
 * more) and ⊥ -> t (t passes one fewer).
 *
 * Cost: O(pairs) to start, then per round O(k * K) for the k nodes settled plus O(deg * log) per
 * applicant moved. The number of rounds is the starting excess: good starting prices keep it small.
 */
export function solveContracted(problem: CanonicalProblem, startPrice: Float64Array | undefined): FlowSolution {
  const { applicantCount: A, capacity, pairStart, pairService, pairScore } = problem;
  const K = capacity.length;
  const N = K + 1;
  const NONE = K;
  const scale = A + 1;

  const where = new Int32Array(A);
  const price = startPrice ? Float64Array.from(startPrice) : new Float64Array(N);
  const weight = new Float64Array(pairScore.length);
  for (let j = 0; j < weight.length; j++) weight[j] = pairScore[j] * scale + 1;
  const whereWeight = new Float64Array(A);
  const load = new Int32Array(N);
  const passed = new Int32Array(N);
  const excess = new Int32Array(N);

  // Start: everyone at a best-profit node; among equally good ones, the first with a free place
  // (⊥, weight 0, always has one and comes last), else the first.
  for (let b = 0; b < A; b++) {
    let best = -1;
    let bestProfit = -INF;
    let bestWeight = 0;
    let roomy = -1;
    let roomyWeight = 0;
    for (let j = pairStart[b], end = pairStart[b + 1]; j < end; j++) {
      const t = pairService[j];
      const profit = weight[j] - price[t];
      if (profit > bestProfit) {
        bestProfit = profit;
        best = t;
        bestWeight = weight[j];
        roomy = -1;
      }
      if (profit === bestProfit && roomy < 0 && load[t] < capacity[t]) {
        roomy = t;
        roomyWeight = weight[j];
      }
    }
    if (-price[NONE] > bestProfit || best < 0) {
      best = NONE;
      bestWeight = 0;
    } else if (roomy >= 0) {
      best = roomy;
      bestWeight = roomyWeight;
    } else if (-price[NONE] === bestProfit) {
      best = NONE;
      bestWeight = 0;
    }
    where[b] = best;
    whereWeight[b] = bestWeight;
    load[best]++;
  }
  let totalExcess = 0;
  for (let t = 0; t < K; t++) {
    const gap = price[t] - price[NONE];
    passed[t] = gap > 0 ? capacity[t] : gap < 0 ? 0 : Math.min(load[t], capacity[t]);
    excess[t] = load[t] - passed[t];
    excess[NONE] -= excess[t];
    if (excess[t] > 0) totalExcess += excess[t];
  }
  if (excess[NONE] > 0) totalExcess += excess[NONE];
  if (totalExcess === 0) return { where, price, scale };

  // Applicants grouped by node, so that the queues of one node are filled together (locality).
  const byNode = new Int32Array(A);
  {
    const next = new Int32Array(N + 1);
    for (let t = 0; t < N; t++) next[t + 1] = next[t] + load[t];
    for (let b = 0; b < A; b++) byNode[next[where[b]]++] = b;
  }
  const queues = new EdgeQueues(N, A, MAX_ALLOCATION_SCORE * scale + 1, { where, whereWeight, byNode, pairStart, pairService, weight });
  const { topKey, topApp } = queues;

  const weightAt = (b: number, k: number): number => {
    if (k === NONE) return 0;
    let lo = pairStart[b];
    let hi = pairStart[b + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = pairService[mid];
      if (v === k) return weight[mid];
      if (v < k) lo = mid + 1;
      else hi = mid - 1;
    }
    throw new Error('allocate: internal error, moved along an ineligible pair');
  };

  const move = (b: number, t: number): void => {
    const s = where[b];
    const base = s * N;
    for (let j = pairStart[b], end = pairStart[b + 1]; j < end; j++) queues.leave(base + pairService[j], b);
    queues.leave(base + NONE, b);
    load[s]--;
    load[t]++;
    const wt = weightAt(b, t);
    where[b] = t;
    whereWeight[b] = wt;
    const tBase = t * N;
    for (let j = pairStart[b], end = pairStart[b + 1]; j < end; j++) {
      const u = pairService[j];
      if (u !== t) queues.push(tBase + u, wt - weight[j], b);
    }
    if (t !== NONE) queues.push(tBase + NONE, wt, b);
  };

  const dist = new Float64Array(N);
  const predNode = new Int32Array(N);
  const predApp = new Int32Array(N);
  const settled = new Uint8Array(N);
  const settledList = new Int32Array(N);

  let source = 0;
  while (totalExcess > 0) {
    while (excess[source] <= 0) source = source + 1 === N ? 0 : source + 1;
    dist.fill(INF);
    settled.fill(0);
    dist[source] = 0;
    predNode[source] = -1;
    let v = source;
    let target = -1;
    let settledCount = 0;
    while (v >= 0) {
      if (excess[v] < 0) {
        target = v;
        break;
      }
      settled[v] = 1;
      settledList[settledCount++] = v;
      const shift = dist[v] - price[v];
      // Sink edges first, so that they win ties: v passes one more (v -> ⊥), t one fewer (⊥ -> t).
      if (v === NONE) {
        for (let t = 0; t < K; t++) {
          if (passed[t] > 0 && settled[t] === 0 && shift + price[t] < dist[t]) {
            dist[t] = shift + price[t];
            predNode[t] = v;
            predApp[t] = -1;
          }
        }
      } else if (passed[v] < capacity[v] && settled[NONE] === 0 && shift + price[NONE] < dist[NONE]) {
        dist[NONE] = shift + price[NONE];
        predNode[NONE] = v;
        predApp[NONE] = -1;
      }
      const base = v * N;
      let next = -1;
      let nextDist = INF;
      for (let t = 0; t < N; t++) {
        if (settled[t] === 1) continue;
        const idx = base + t;
        let key = topKey[idx];
        if (key !== key) {
          queues.refresh(idx, v);
          key = topKey[idx];
        }
        let dt = dist[t];
        const nd = shift + key + price[t];
        if (nd < dt) {
          dt = nd;
          dist[t] = nd;
          predNode[t] = v;
          predApp[t] = topApp[idx];
        }
        // Among equally near nodes a deficit first: it ends the search.
        if (dt < nextDist || (dt === nextDist && excess[t] < 0 && excess[next] >= 0)) {
          nextDist = dt;
          next = t;
        }
      }
      v = next;
    }
    if (target < 0) throw new Error('allocate: internal error, no augmenting path');

    const reach = dist[target];
    for (let i = 0; i < settledCount; i++) {
      const s = settledList[i];
      price[s] += reach - dist[s];
    }
    excess[target]++;
    let t = target;
    for (;;) {
      const s = predNode[t];
      if (s < 0) break;
      const b = predApp[t];
      if (b >= 0) move(b, t);
      else if (t === NONE) passed[s]++;
      else passed[t]--;
      t = s;
    }
    excess[t]--;
    totalExcess--;
  }
  return { where, price, scale };
}
