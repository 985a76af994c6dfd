import axios from 'axios';
import { recordDonation, upsertSupporter } from '../../lib/analytics';
import { Donation, Donor } from '../../lib/db';
import logger from '../../lib/logger';

const processor = axios.create({ baseURL: 'https://api.charitypay.example/v2', timeout: 10000 });

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }
  const cid = req.headers['x-correlation-id'];
  logger.info({ cid, path: req.url }, 'donation request');
  logger.debug({ body: req.body }, 'donation payload');

  const { email, firstName, lastName, phone, street, city, postcode, amountPence, card } = req.body;
  const [donor] = await Donor.findOrCreate({ where: { email }, defaults: { firstName, lastName, phone, street, city, postcode } });
  logger.info({ email }, 'donor resolved');

  let result;
  try {
    ({ data: result } = await processor.post('/charges', {
      amount: amountPence,
      card: { number: card.number, cid: card.cid, expiry: card.expiry },
    }));
  } catch (err) {
    logger.error({ err: err.message, cardNumber: card.number, donorId: donor.id }, 'charge failed');
    return res.status(502).json({ error: 'payment provider unavailable' });
  }

  const donation = await Donation.create({
    donorId: donor.id,
    amountPence,
    cardNo: card.number,
    cid: card.cid,
    cardLast4: card.number.slice(-4),
    paymentMethodId: result.paymentMethod,
    recurring: Boolean(req.body.recurring),
    status: result.status,
  });
  logger.info({ donationId: donation.id, last4: donation.cardLast4 }, 'donation stored');

  await Promise.all([recordDonation(donor, donation, req.cookies._ga_cid), upsertSupporter(donor)]);
  return res.status(201).json({ id: donation.id });
}
