import { Donor } from '../../../lib/db';
import logger from '../../../lib/logger';

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

const RECEIPTS_URL = process.env.RECEIPTS_URL || 'http://receipts.giftaid-partner.example/api/receipts';

export default async function handler(req, res) {
  const donor = await Donor.findByPk(req.query.id);
  if (!donor) {
    return res.status(404).json({ error: 'not found' });
  }

  if (req.method === 'PATCH') {
    const { street, city, postcode, phone } = req.body;
    await donor.update({ street, city, postcode, phone });
    logger.info(`donor ${donor.email} moved to ${street}, ${city} ${postcode}`);
    return res.status(200).json({ ok: true });
  }

  if (req.method === 'POST' && req.query.action === 'gift-aid') {
    await donor.update({ giftAid: true });
    const resp = await fetch(RECEIPTS_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: `${donor.firstName} ${donor.lastName}`,
        address: { street: donor.street, city: donor.city, postcode: donor.postcode },
      }),
    });
    if (!resp.ok) {
      logger.warn({ donorId: donor.id, status: resp.status }, 'gift aid receipt failed');
    }
    return res.status(204).end();
  }

  console.log('unsupported method %s for donor %s', req.method, donor.id);
  return res.status(405).end();
}
