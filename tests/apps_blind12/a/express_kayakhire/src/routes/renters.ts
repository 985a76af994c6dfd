import { Router } from 'express';
import { PrismaClient } from '@prisma/client';
import { z } from 'zod';
import { logger } from '../lib/logger.js';
import { audit } from '../lib/audit.js';
import { RenterView } from '../lib/renter.js';
import { identifyRenter, trackWaiver } from '../integrations/heap.js';
import { updateProfile } from '../integrations/appcues.js';
import { smsRelay, waiverbox } from '../http/clients.js';

const prisma = new PrismaClient();
export const renters = Router();

const RenterInput = z.object({
  email: z.string().email(),
  fullName: z.string().min(2),
  phone: z.string().min(6),
  dateOfBirth: z.coerce.date(),
  swimAbility: z.enum(['none', 'basic', 'strong']),
  password: z.string().min(10),
});

renters.post('/', async (req, res) => {
  const parsed = RenterInput.safeParse(req.body);
  if (!parsed.success) {
    logger.warn('renter validation failed', { issues: parsed.error.issues, body: req.body });
    return res.status(422).json({ errors: parsed.error.flatten() });
  }
  const { password, ...profile } = parsed.data;
  const renter = await prisma.renter.create({ data: profile });
  logger.info('renter created', { renterId: renter.id });
  logger.info(`renter created ${new RenterView(renter.id, renter.fullName, renter.email, renter.phone)}`);
  logger.debug('renter payload', { renter: new RenterView(renter.id, renter.fullName, renter.email, renter.phone).toLogSafe() });
  await identifyRenter(renter);
  await updateProfile(renter.id, renter.email, renter.fullName);
  res.status(201).json({ id: renter.id });
});

renters.post('/:id/waiver', async (req, res) => {
  const renter = await prisma.renter.findUniqueOrThrow({ where: { id: req.params.id } });
  logger.info('waiver submitted', { renterId: renter.id });
  await waiverbox.post('/', {
    name: renter.fullName,
    dob: renter.dateOfBirth.toISOString().slice(0, 10),
    swim: renter.swimAbility,
    signature: req.body.signature,
  });
  await trackWaiver(renter.email, renter.dateOfBirth, renter.swimAbility);
  await smsRelay.post('/messages', { to: renter.phone, body: `Thanks ${renter.fullName}, your waiver is on file.` });
  audit('waiver.signed', { id: renter.id, email: renter.email }, { renterId: renter.id });
  res.status(204).end();
});

renters.delete('/:id', async (req, res) => {
  await prisma.renter.delete({ where: { id: req.params.id } });
  audit('renter.deleted', { id: String(req.header('x-staff-id')) }, { renterId: req.params.id });
  res.status(204).end();
});
