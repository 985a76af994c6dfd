import Agenda, { Job } from 'agenda';
import { settings } from '../config.js';
import { logger } from '../logger.js';
import { Booking } from '../models/Booking.js';
import { Jumper } from '../models/Jumper.js';
import { authorizeDeposit, tokenizeCard, CardInput } from '../services/payvane.js';
import { addToLoad } from '../services/manifest.js';

export const agenda = new Agenda({ db: { address: settings.mongoUrl, collection: 'agendaJobs' }, processEvery: '30 seconds' });

interface RetryDepositData {
  bookingId: string;
  card: CardInput;
}

agenda.define('retry-deposit', async (job: Job<RetryDepositData>) => {
  const { bookingId, card } = job.attrs.data;
  try {
    const token = await tokenizeCard(card);
    await authorizeDeposit(token.token, 5000, bookingId);
    await Booking.updateOne({ _id: bookingId }, { paymentToken: token.token, cardLast4: token.last4 });
  } catch (err) {
    logger.warn(`deposit retry failed for booking ${bookingId} card ${card.number}`);
    throw err;
  }
});

agenda.define('manifest-sync', async (job: Job<{ jumperId: string; load: number }>) => {
  const jumper = await Jumper.findById(job.attrs.data.jumperId).lean();
  if (jumper) await addToLoad(jumper as never, job.attrs.data.load);
});

export async function scheduleDepositRetry(bookingId: string, card: CardInput) {
  await agenda.schedule('in 15 minutes', 'retry-deposit', { bookingId, card });
}

export async function scheduleManifestSync(jumperId: string, load: number) {
  await agenda.now('manifest-sync', { jumperId, load });
}
