export * from './types';
export { encodeCohort } from './encode';
export { scoreCohort } from './score';
export { planCohort } from './plan';
export { CohortPool, CohortPoolFullError, type CohortLease, type CohortPoolOptions, type CohortPoolStats } from './pool';
