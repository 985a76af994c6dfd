import { MongoClient, type Db } from 'mongodb';
import { config } from '../config';
import type { Booking, Client, NoShowHold, WalkIn } from '../types';

export const mongo = new MongoClient(config.mongoUrl, { appName: 'blacklantern-api' });
let db: Db | undefined;

export async function connect(): Promise<Db> {
  if (!db) {
    await mongo.connect();
    db = mongo.db(config.mongoDb);
  }
  return db;
}

export const collections = async () => {
  const d = await connect();
  return {
    clients: d.collection<Client>('clients'),
    bookings: d.collection<Booking>('bookings'),
    holds: d.collection<NoShowHold>('noShowHolds'),
    walkIns: d.collection<WalkIn>('walkIns'),
  };
};
