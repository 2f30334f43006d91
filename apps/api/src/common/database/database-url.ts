/** Injection token of the database connection string (for clients other than TypeORM, such as pg-boss). */
export const DATABASE_URL = Symbol('DATABASE_URL');
