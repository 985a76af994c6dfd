import {GroomingApplication} from './application';

export async function migrate(args: string[]) {
  const existingSchema = args.includes('--rebuild') ? 'drop' : 'alter';
  const app = new GroomingApplication();
  await app.boot();
  await app.migrateSchema({existingSchema, models: ['Owner', 'Pet', 'Appointment', 'CardOnFile']});
  process.exit(0);
}

migrate(process.argv).catch(err => {
  console.error('cannot migrate database schema', err);
  process.exit(1);
});
