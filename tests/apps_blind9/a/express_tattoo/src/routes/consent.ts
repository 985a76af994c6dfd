import { Router } from 'express';
import { z } from 'zod';
import { prisma } from '../db.js';
import { logger } from '../logger.js';
import { printConsentForm } from '../jobs/printConsent.js';
import { verifyAge } from '../services/idcheck.js';
import { identifyForErrors } from '../services/sentry.js';
import { syncClientToBraze } from '../services/braze.js';

export const consent = Router();

const ConsentIn = z.object({
  bookingId: z.number().int(),
  fullName: z.string(),
  dateOfBirth: z.coerce.date(),
  address: z.string(),
  medical: z.object({ bloodThinners: z.boolean(), pregnant: z.boolean(), skinConditions: z.string().optional() }),
  photoIdType: z.enum(['passport', 'driving_licence', 'citizen_card']),
  photoIdNumber: z.string(),
  signature: z.string(),
});

consent.post('/', async (req, res, next) => {
  try {
    const form = ConsentIn.parse(req.body);
    req.log.info('consent form signed', { bookingId: form.bookingId, form });

    const booking = await prisma.booking.findUniqueOrThrow({ where: { id: form.bookingId }, include: { client: true } });
    identifyForErrors(booking.client);

    const verified = await verifyAge({ fullName: form.fullName, dateOfBirth: form.dateOfBirth, idType: form.photoIdType, idNumber: form.photoIdNumber });
    if (!verified) {
      logger.warn('age verification failed', { bookingId: form.bookingId, email: booking.client.email, dateOfBirth: form.dateOfBirth });
      return res.status(422).json({ error: 'age_verification_failed' });
    }

    await prisma.booking.update({ where: { id: form.bookingId }, data: { consentSigned: true } });
    await prisma.client.update({ where: { id: booking.clientId }, data: { idVerifiedAt: new Date() } });
    await printConsentForm(booking.artistId, form);
    if (booking.client.marketingOk) await syncClientToBraze(booking.client);

    res.status(204).end();
  } catch (err) {
    next(err);
  }
});
