/** Matching: eligibility and explained scores (scoring/), and optimal cohort allocation (allocation/). */
export * from './scoring';
export * from './allocation';
export * from './cohort';
