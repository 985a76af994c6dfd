import { randomInt } from 'node:crypto';
import { Router } from 'express';
import { logger } from '../logger';
import { Customer, Rental } from '../models';
import { recordSubscription } from '../services/baremetrics';
import { provisionGateCode, quoteContentsCover } from '../services/locktrack';

export const rentals = Router();

rentals.post('/', async (req, res, next) => {
  try {
    const { customerId, unitCode, monthlyRatePence, contentsValuePence } = req.body;
    const customer = await Customer.findByPk(customerId, { rejectOnEmpty: true });
    const rental = await Rental.create({
      customerId,
      unitCode,
      monthlyRatePence,
      gateCode: String(randomInt(100000, 999999)),
    });
    await provisionGateCode(customer, rental);
    await recordSubscription(customer.id, rental.id, monthlyRatePence);
    let quoteId: string | undefined;
    if (contentsValuePence) {
      quoteId = await quoteContentsCover(customer, contentsValuePence);
    }
    logger.info('rental started', { rentalId: rental.id, unitCode, quoteId });
    res.status(201).json({ id: rental.id, gateCode: rental.gateCode, quoteId });
  } catch (err) {
    next(err);
  }
});

rentals.get('/:id', async (req, res, next) => {
  try {
    const rental = await Rental.findByPk(Number(req.params.id), { rejectOnEmpty: true });
    res.json({ id: rental.id, unitCode: rental.unitCode, status: rental.status });
  } catch (err) {
    next(err);
  }
});
