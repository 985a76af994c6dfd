import {inject, lifeCycleObserver, LifeCycleObserver} from '@loopback/core';
import {juggler} from '@loopback/repository';

const config = {
  name: 'pg',
  connector: 'postgresql',
  url: process.env.DATABASE_URL ?? 'postgres://trimtail@localhost:5432/trimtail',
  ssl: process.env.PG_SSL !== 'false',
};

@lifeCycleObserver('datasource')
export class PgDataSource extends juggler.DataSource implements LifeCycleObserver {
  static dataSourceName = 'pg';
  static readonly defaultConfig = config;

  constructor(@inject('datasources.config.pg', {optional: true}) dsConfig: object = config) {
    super(dsConfig);
  }
}
