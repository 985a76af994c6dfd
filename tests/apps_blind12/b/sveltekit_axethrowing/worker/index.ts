import { run, parseCronItems } from 'graphile-worker';
import send_booking_email from './tasks/send_booking_email';
import settle_event_hold from './tasks/settle_event_hold';
import purge_tablet_sales from './tasks/purge_tablet_sales';

async function main() {
  const runner = await run({
    connectionString: process.env.DATABASE_URL,
    concurrency: 3,
    noHandleSignals: false,
    taskList: { send_booking_email, settle_event_hold, purge_tablet_sales },
    parsedCronItems: parseCronItems([{ task: 'purge_tablet_sales', match: '15 4 * * *' }])
  });
  await runner.promise;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
