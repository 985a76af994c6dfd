import * as Sentry from '@sentry/nextjs';
import { Donor } from '../../lib/db';
import { donorHash } from '../../lib/analytics';

export default async function handler(req, res) {
  const { email, token } = req.body;
  console.log('unsubscribe request for %s', email);
  const donor = await Donor.findOne({ where: { email } });
  if (!donor || donorHash(donor.email) !== token) {
    console.warn('unsubscribe token mismatch');
    return res.status(403).json({ error: 'invalid link' });
  }
  Sentry.setUser({ id: String(donor.id), email: donor.email });
  try {
    await donor.update({ giftAid: false });
    await fetch(`https://hooks.mailblast.example/lists/donors/members/${donorHash(donor.email)}`, { method: 'DELETE' });
  } catch (err) {
    Sentry.captureException(err);
    return res.status(500).json({ error: 'try again later' });
  }
  Sentry.setUser({ id: String(donor.id) });
  return res.status(204).end();
}
