const INF = Number.POSITIVE_INFINITY;

/** The starting state the queues are built from. */
export interface QueueStart {
  /** Node of each applicant; read, never written, by the queues. */
  where: Int32Array;
  /** Weight of each applicant at its node (0 at ⊥). */
  whereWeight: Float64Array;
  /** Applicants grouped by node (for locality; any grouping order works). */
  byNode: Int32Array;
  pairStart: Int32Array;
  pairService: Int32Array;
  weight: Float64Array;
}

/**
 * For every ordered pair of nodes (s, t) of the contracted graph, a priority queue of the applicants
 * at s that could move to t, keyed by (w[b][s] - w[b][t], b); t = ⊥ (the last node) stands for
 * "unplaced", weight 0. An entry goes stale when its applicant leaves s; stale entries are dropped
 * lazily when they reach the top (an applicant that comes back to s gets identical fresh entries,
 * so a revived stale entry is harmless).
 *
 * Entries are packed in one double, (key + keyOffset) * A + (A - 1 - b), so that comparing doubles
 * compares (key, -b): on equal keys the higher-index applicant moves. The entries of the starting
 * state live in one pooled Float64Array, one segment per queue, heapified on its first pop; entries
 * pushed later (applicants that moved) go to one small binary heap per queue in a growing arena.
 * The valid top of queue idx is mirrored in topKey/topApp: topKey is INF for an empty queue and NaN
 * when the top must be looked up again.
 */
export class EdgeQueues {
  readonly topKey: Float64Array;
  readonly topApp: Int32Array;
  private readonly where: Int32Array;
  private readonly segmentStart: Int32Array;
  private readonly segmentSize: Int32Array;
  private readonly pool: Float64Array;
  /** Pool segments are heapified on their first pop; until then only their minimum is known. */
  private readonly heapified: Uint8Array;
  // Entries pushed later: one heap per queue in a growing arena (no per-queue JS arrays, no GC).
  private arena: Float64Array;
  private arenaUsed = 0;
  private readonly laterStart: Int32Array;
  private readonly laterSize: Int32Array;
  private readonly laterCapacity: Int32Array;

  constructor(
    nodeCount: number,
    private readonly applicantCount: number,
    private readonly keyOffset: number,
    start: QueueStart,
  ) {
    const N = nodeCount;
    const NONE = N - 1;
    const Q = N * N;
    const A = applicantCount;
    const { where, whereWeight, byNode, pairStart, pairService, weight } = start;
    this.where = where;
    this.topKey = new Float64Array(Q).fill(INF);
    this.topApp = new Int32Array(Q).fill(-1);
    const segmentStart = new Int32Array(Q + 1);
    const size = new Int32Array(Q);
    this.segmentStart = segmentStart;
    this.segmentSize = size;
    this.heapified = new Uint8Array(Q);
    this.laterStart = new Int32Array(Q);
    this.laterSize = new Int32Array(Q);
    this.laterCapacity = new Int32Array(Q);
    for (let i = 0; i < A; i++) {
      const b = byNode[i];
      const s = where[b];
      const base = s * N;
      for (let j = pairStart[b], end = pairStart[b + 1]; j < end; j++) if (pairService[j] !== s) size[base + pairService[j]]++;
      if (s !== NONE) size[base + NONE]++;
    }
    for (let q = 0; q < Q; q++) segmentStart[q + 1] = segmentStart[q] + size[q];
    const pool = new Float64Array(segmentStart[Q]);
    this.pool = pool;
    this.arena = new Float64Array(Math.max(1 << 12, pool.length >> 3));
    size.fill(0);
    for (let i = 0; i < A; i++) {
      const b = byNode[i];
      const s = where[b];
      const ws = whereWeight[b];
      const base = s * N;
      const tie = A - 1 - b;
      for (let j = pairStart[b], end = pairStart[b + 1]; j < end; j++) {
        const q = base + pairService[j];
        if (pairService[j] !== s) pool[segmentStart[q] + size[q]++] = (ws - weight[j] + keyOffset) * A + tie;
      }
      if (s !== NONE) pool[segmentStart[base + NONE] + size[base + NONE]++] = (ws + keyOffset) * A + tie;
    }
    for (let q = 0; q < Q; q++) {
      const n = size[q];
      if (n === 0) continue;
      const base = segmentStart[q];
      let min = pool[base];
      for (let i = 1; i < n; i++) if (pool[base + i] < min) min = pool[base + i];
      this.setTop(q, min);
    }
  }

  /** Adds an entry for applicant b, which must already be at the source node of queue idx. */
  push(idx: number, key: number, b: number): void {
    const A = this.applicantCount;
    const packed = (key + this.keyOffset) * A + (A - 1 - b);
    let n = this.laterSize[idx];
    if (n === this.laterCapacity[idx]) this.grow(idx);
    const heap = this.arena;
    const base = this.laterStart[idx];
    let i = n++;
    this.laterSize[idx] = n;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pv = heap[base + parent];
      if (pv <= packed) break;
      heap[base + i] = pv;
      i = parent;
    }
    heap[base + i] = packed;
    const top = this.topKey[idx];
    if (top !== top) return; // already marked for lookup
    if (top === INF || packed < (top + this.keyOffset) * A + (A - 1 - this.topApp[idx])) this.setTop(idx, packed);
  }

  /** Marks the top of queue idx for lookup if it is applicant b (who is leaving the source node). */
  leave(idx: number, b: number): void {
    if (this.topApp[idx] === b) this.topKey[idx] = Number.NaN;
  }

  /** Finds the valid top of queue idx, whose source node is s, dropping stale entries. */
  refresh(idx: number, s: number): void {
    const { pool, where, applicantCount: A } = this;
    const base = this.segmentStart[idx];
    if (this.heapified[idx] === 0) {
      this.heapified[idx] = 1;
      const n = this.segmentSize[idx];
      for (let i = (n >> 1) - 1; i >= 0; i--) siftDown(pool, base, n, i, pool[base + i]);
    }
    const laterBase = this.laterStart[idx];
    for (;;) {
      const n = this.segmentSize[idx];
      const m = this.laterSize[idx];
      const fromPool = n > 0 ? pool[base] : INF;
      const fromLater = m > 0 ? this.arena[laterBase] : INF;
      if (fromPool === INF && fromLater === INF) {
        this.topKey[idx] = INF;
        this.topApp[idx] = -1;
        return;
      }
      const packed = fromPool < fromLater ? fromPool : fromLater;
      const q = Math.floor(packed / A);
      const b = A - 1 - (packed - q * A);
      if (where[b] === s) {
        this.topKey[idx] = q - this.keyOffset;
        this.topApp[idx] = b;
        return;
      }
      if (fromPool < fromLater) {
        this.segmentSize[idx] = n - 1;
        if (n > 1) siftDown(pool, base, n - 1, 0, pool[base + n - 1]);
      } else {
        this.laterSize[idx] = m - 1;
        if (m > 1) siftDown(this.arena, laterBase, m - 1, 0, this.arena[laterBase + m - 1]);
      }
    }
  }

  /** Moves the later heap of queue idx to a block twice as big at the end of the arena. */
  private grow(idx: number): void {
    const capacity = Math.max(8, 2 * this.laterCapacity[idx]);
    if (this.arenaUsed + capacity > this.arena.length) {
      const bigger = new Float64Array(Math.max(2 * this.arena.length, this.arenaUsed + capacity));
      bigger.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = bigger;
    }
    const from = this.laterStart[idx];
    this.arena.copyWithin(this.arenaUsed, from, from + this.laterSize[idx]);
    this.laterStart[idx] = this.arenaUsed;
    this.laterCapacity[idx] = capacity;
    this.arenaUsed += capacity;
  }

  private setTop(idx: number, packed: number): void {
    const q = Math.floor(packed / this.applicantCount);
    this.topKey[idx] = q - this.keyOffset;
    this.topApp[idx] = this.applicantCount - 1 - (packed - q * this.applicantCount);
  }
}

function siftDown(heap: Float64Array, base: number, size: number, from: number, value: number): void {
  let i = from;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    if (child + 1 < size && heap[base + child + 1] < heap[base + child]) child++;
    if (heap[base + child] >= value) break;
    heap[base + i] = heap[base + child];
    i = child;
  }
  heap[base + i] = value;
}
