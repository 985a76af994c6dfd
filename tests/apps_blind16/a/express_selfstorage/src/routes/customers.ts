import { Router } from 'express';
import { z } from 'zod';
import { DuplicateCustomerError } from '../errors';
import { audit, logger } from '../logger';
import { Customer } from '../models';
import { createBaremetricsCustomer } from '../services/baremetrics';
import { notificationsQueue } from '../queues';

export const customers = Router();

const SignupSchema = z.object({
  fullName: z.string().min(2),
  email: z.string().email(),
  phone: z.string().optional(),
  homeAddress: z.string().optional(),
  idDocumentNumber: z.string().optional(),
});

customers.post('/', async (req, res, next) => {
  try {
    const input = SignupSchema.parse(req.body);
    logger.debug('signup received', { body: req.body });
    if (await Customer.findOne({ where: { email: input.email } })) {
      throw new DuplicateCustomerError(input.email, input.phone);
    }
    const customer = await Customer.create(input);
    logger.info(`new tenant ${customer}`);
    logger.info('customer created', { customerId: customer.id });
    audit('customer.create', null, { customerId: customer.id, idDocument: input.idDocumentNumber });
    await createBaremetricsCustomer(customer);
    await notificationsQueue.add('welcome', { customerId: customer.id });
    res.status(201).json({ id: customer.id });
  } catch (err) {
    next(err);
  }
});

customers.patch('/:id', async (req, res, next) => {
  try {
    const customer = await Customer.findByPk(Number(req.params.id), { rejectOnEmpty: true });
    const before = customer.toJSON();
    await customer.update(req.body);
    audit('customer.update', customer.id, { before, after: customer.toJSON() });
    audit('customer.update.fields', customer.id, { fields: Object.keys(req.body) });
    res.json({ id: customer.id });
  } catch (err) {
    next(err);
  }
});

customers.post('/password-reset', async (req, res) => {
  const { email } = req.body as { email: string };
  const customer = await Customer.findOne({ where: { email } });
  if (!customer) {
    logger.warn('password reset for unknown address', { email, ip: req.ip });
  } else {
    logger.info('password reset requested', { customerId: customer.id });
  }
  res.status(202).end();
});
