import type { CanonicalProblem, FlowSolution } from './contracted-flow';

/*
 * Among all optimal allocations, moves to the lexicographically smallest vector of services per
 * applicant, reading "unplaced" as larger than any service: applicant 0 gets the lowest-index
 * service it has in any optimal allocation (a place rather than none, whenever possible), then
 * applicant 1 given that, and so on.
 *
 * With optimal prices fixed, the optimal allocations are exactly the feasible ones that use only
 * tight pairs (profit w - p equal to the applicant's best) and keep every service priced above
 * "unplaced" (⊥) full and every service priced below it empty (complementary slackness). So each
 * step is a reachability question: applicant a can take the tight node t instead of its node s0
 * iff, moving only undecided applicants along tight pairs, the extra unit at t can be routed back
 * to s0, or to a node with a free place while s0 (or a node that may lose one, routed to s0) gives
 * one up. Breadth-first searches over the K + 1 nodes answer it, along the (node, node) edges that
 * some undecided applicant can take (counted per edge, listed per node).
 *
 * Cost: O(pairs) plus, for each applicant with a tight node lower than its own, one exploration of
 * O(K + edges) at most; with scores that seldom tie, few applicants have any. The result does not
 * depend on the order of the searches: the lexicographically smallest optimum is unique.
 */
export function breakTiesLexicographically(problem: CanonicalProblem, solution: FlowSolution): void {
  const { applicantCount: A, capacity, pairStart, pairService, pairScore } = problem;
  const { where, price, scale } = solution;
  const K = capacity.length;
  const N = K + 1;
  const NONE = K;
  const X = N; // virtual node: "a node with a free place" -> "a node that may give one up"

  // Tight nodes of each applicant, ascending (⊥ = K last).
  const tightStart = new Int32Array(A + 1);
  const tightNode = new Int32Array(pairService.length + A);
  let m = 0;
  for (let b = 0; b < A; b++) {
    const s = where[b];
    let profit = -price[NONE];
    for (let j = pairStart[b]; j < pairStart[b + 1]; j++) {
      if (pairService[j] === s) profit = pairScore[j] * scale + 1 - price[s];
    }
    for (let j = pairStart[b]; j < pairStart[b + 1]; j++) {
      const t = pairService[j];
      if (pairScore[j] * scale + 1 - price[t] === profit) tightNode[m++] = t;
    }
    if (-price[NONE] === profit) tightNode[m++] = NONE;
    tightStart[b + 1] = m;
  }

  const load = new Int32Array(N);
  for (let b = 0; b < A; b++) load[where[b]]++;
  const mayGain = (t: number): boolean => t === NONE || (price[t] === price[NONE] && load[t] < capacity[t]);
  const mayLose = (t: number): boolean => t === NONE || price[t] === price[NONE];

  // Undecided applicants: per node, a doubly linked list; per (node, tight node) a count, and per
  // node the list of nodes with a non-zero count (the edges searched).
  const count = new Int32Array(N * N);
  const edges = new Int32Array(N * N);
  const edgeCount = new Int32Array(N);
  const edgeSlot = new Int32Array(N * N);
  const addEdge = (u: number, v: number): void => {
    if (count[u * N + v]++ === 0) {
      edgeSlot[u * N + v] = edgeCount[u];
      edges[u * N + edgeCount[u]++] = v;
    }
  };
  const removeEdge = (u: number, v: number): void => {
    if (--count[u * N + v] === 0) {
      const slot = edgeSlot[u * N + v];
      const last = edges[u * N + --edgeCount[u]];
      edges[u * N + slot] = last;
      edgeSlot[u * N + last] = slot;
    }
  };
  const head = new Int32Array(N).fill(-1);
  const next = new Int32Array(A).fill(-1);
  const prev = new Int32Array(A).fill(-1);
  const listed = new Uint8Array(A);
  const link = (b: number, s: number): void => {
    for (let j = tightStart[b]; j < tightStart[b + 1]; j++) if (tightNode[j] !== s) addEdge(s, tightNode[j]);
    next[b] = head[s];
    prev[b] = -1;
    if (head[s] >= 0) prev[head[s]] = b;
    head[s] = b;
    listed[b] = 1;
  };
  const unlink = (b: number, s: number): void => {
    for (let j = tightStart[b]; j < tightStart[b + 1]; j++) if (tightNode[j] !== s) removeEdge(s, tightNode[j]);
    if (prev[b] >= 0) next[prev[b]] = next[b];
    else head[s] = next[b];
    if (next[b] >= 0) prev[next[b]] = prev[b];
    listed[b] = 0;
  };
  // Only applicants with two tight nodes or more can ever move.
  for (let b = A - 1; b >= 0; b--) if (tightStart[b + 1] - tightStart[b] > 1) link(b, where[b]);

  const isTight = (b: number, t: number): boolean => {
    for (let j = tightStart[b]; j < tightStart[b + 1]; j++) if (tightNode[j] === t) return true;
    return false;
  };
  const move = (b: number, t: number): void => {
    const s = where[b];
    const wasListed = listed[b] === 1;
    if (wasListed) unlink(b, s);
    load[s]--;
    load[t]++;
    where[b] = t;
    if (wasListed) link(b, t);
  };

  // Forward searches over the edges u -> v ("an undecided applicant at u may move to v"), z -> X
  // (z has a free place) and X -> y (y may lose an applicant), from a's tight nodes below s0 in
  // ascending order. A node reached from a failed candidate cannot reach s0 either, so it is not
  // explored again: one call costs one exploration of the nodes reachable from the candidates.
  const parent = new Int32Array(N + 1);
  const seen = new Int32Array(N + 1);
  const queue = new Int32Array(N + 1);
  let epoch = 0;
  /** The lowest of a's tight nodes below s0 that can reach s0 (parent[] then holds the path), or -1. */
  const search = (a: number, s0: number): number => {
    epoch++;
    for (let j = tightStart[a]; j < tightStart[a + 1] && tightNode[j] < s0; j++) {
      const t = tightNode[j];
      // A candidate can only pass its extra applicant on to someone undecided, or keep it.
      if (seen[t] === epoch || (head[t] < 0 && !mayGain(t))) continue;
      seen[t] = epoch;
      parent[t] = -1;
      let read = 0;
      let write = 0;
      queue[write++] = t;
      while (read < write) {
        const u = queue[read++];
        if (u === X) {
          for (let v = 0; v < N; v++) {
            if (seen[v] !== epoch && mayLose(v)) {
              seen[v] = epoch;
              parent[v] = X;
              if (v === s0) return t;
              queue[write++] = v;
            }
          }
          continue;
        }
        const base = u * N;
        for (let k = 0, end = edgeCount[u]; k < end; k++) {
          const v = edges[base + k];
          if (seen[v] !== epoch) {
            seen[v] = epoch;
            parent[v] = u;
            if (v === s0) return t;
            queue[write++] = v;
          }
        }
        if (seen[X] !== epoch && mayGain(u)) {
          seen[X] = epoch;
          parent[X] = u;
          queue[write++] = X;
        }
      }
    }
    return -1;
  };

  for (let a = 0; a < A; a++) {
    if (listed[a] === 0) continue;
    const s0 = where[a];
    unlink(a, s0); // decided from now on, whatever happens below
    const t = search(a, s0);
    if (t < 0) continue;
    // Collect the path first: each move takes an applicant that was at its node before any move.
    const path: number[] = [];
    for (let v = s0; v !== -1; v = parent[v]) path.push(v);
    path.reverse();
    for (let i = path.length - 2; i >= 0; i--) {
      const u = path[i];
      const v = path[i + 1];
      if (u === X || v === X) continue;
      let b = head[u];
      while (b >= 0 && !isTight(b, v)) b = next[b];
      move(b, v);
    }
    move(a, t);
  }
}
