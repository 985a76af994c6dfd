import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { config } from './config.js';
import { Guest } from './entities/Guest.js';
import { Booking } from './entities/Booking.js';
import { StoredCard } from './entities/StoredCard.js';

export const AppDataSource = new DataSource({
  type: 'postgres',
  url: config.get('database.url'),
  entities: [Guest, Booking, StoredCard],
  migrations: ['dist/migrations/*.js'],
  synchronize: false,
  logging: ['error'],
});
