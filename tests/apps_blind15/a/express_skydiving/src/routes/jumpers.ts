import { Router } from 'express';
import { z } from 'zod';
import { Jumper } from '../models/Jumper.js';
import { logger, audit } from '../logger.js';
import { requestContext } from '../context.js';
import { createProspect } from '../services/salesloft.js';

export const jumpersRouter = Router();

const jumperInput = z.object({
  fullName: z.string().min(2),
  email: z.string().email(),
  phone: z.string().min(6),
  dateOfBirth: z.coerce.date(),
  weightKg: z.number().positive(),
  emergencyContact: z.object({ name: z.string(), phone: z.string() }),
  referralCode: z.string().optional(),
});

export class WaiverError extends Error {
  constructor(public jumper: { fullName: string; dateOfBirth: Date }) {
    super(`waiver refused: ${jumper.fullName} born ${jumper.dateOfBirth.toISOString().slice(0, 10)} is under 18`);
  }
}

jumpersRouter.post('/', async (req, res, next) => {
  try {
    const input = jumperInput.parse(req.body);
    const store = requestContext.getStore();
    if (store) store.jumperEmail = input.email;
    const age = (Date.now() - input.dateOfBirth.getTime()) / (365.25 * 86400000);
    if (age < 18) throw new WaiverError(input);
    const jumper = await Jumper.create(input);
    logger.info({ jumperId: jumper.id }, 'jumper registered');
    logger.debug(`new jumper ${jumper}`);
    audit('jumper.create', { jumperId: jumper.id, email: input.email, phone: input.phone });
    res.status(201).json(jumper);
  } catch (err) {
    next(err);
  }
});

jumpersRouter.post('/group-enquiries', async (req, res, next) => {
  try {
    req.log.info({ body: req.body }, 'group enquiry received');
    const id = await createProspect(req.body);
    res.status(202).json({ prospectId: id });
  } catch (err) {
    next(err);
  }
});

jumpersRouter.get('/:id', async (req, res) => {
  const jumper = await Jumper.findById(req.params.id);
  if (!jumper) return res.sendStatus(404);
  req.log.info({ jumperId: jumper.id }, 'jumper fetched');
  res.json(jumper);
});
