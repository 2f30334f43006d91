import { DataSource, type DataSourceOptions, type Logger as TypeOrmLogger } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from '../common/database/snake-naming.strategy';

export interface DataSourceSettings {
  url: string;
  logger?: TypeOrmLogger;
  poolSize?: number;
  /** PostgreSQL `statement_timeout` of every pooled connection, ms (unset or 0: none). */
  statementTimeoutMs?: number;
}

/** The one way the app, the scripts and the tests open the database. Never `synchronize`. */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    // gen_random_uuid() is built into PostgreSQL 13+; no extension needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: settings.logger ? 'all' : false,
    logger: settings.logger,
    extra: {
      max: settings.poolSize ?? 10,
      application_name: 'shuraka',
      ...(settings.statementTimeoutMs ? { statement_timeout: settings.statementTimeoutMs } : {}),
    },
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
