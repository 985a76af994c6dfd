import request from 'supertest';
import { app } from '../src/app';
import { Customer } from '../src/models';

jest.mock('../src/services/baremetrics', () => ({ createBaremetricsCustomer: jest.fn() }));
jest.mock('../src/queues', () => ({ notificationsQueue: { add: jest.fn() }, billingQueue: { add: jest.fn() } }));

describe('POST /customers', () => {
  it('rejects an invalid e-mail', async () => {
    const res = await request(app).post('/customers').send({ fullName: 'Jo Bright', email: 'nope' });
    expect(res.status).toBe(500);
  });

  it('creates a tenant', async () => {
    jest.spyOn(Customer, 'findOne').mockResolvedValue(null);
    jest.spyOn(Customer, 'create').mockResolvedValue({ id: 7 } as Customer);
    const res = await request(app).post('/customers').send({ fullName: 'Jo Bright', email: 'jo@example.com' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: 7 });
  });
});
