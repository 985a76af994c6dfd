import { getQueueToken } from '@nestjs/bullmq';
import { HttpService } from '@nestjs/axios';
import { Test } from '@nestjs/testing';
import { getRepositoryToken } from '@nestjs/typeorm';
import { getLoggerToken } from 'nestjs-pino';
import { of } from 'rxjs';
import { Booking } from '../src/bookings/booking.entity';
import { BookingsService } from '../src/bookings/bookings.service';
import { AuditService } from '../src/common/audit.service';
import { DriversService } from '../src/drivers/drivers.service';
import { GatewayClient } from '../src/integrations/gateway.client';

describe('BookingsService', () => {
  const queue = { add: jest.fn() };
  const gateway = { authorise: jest.fn() };
  const repo = { countBy: jest.fn().mockResolvedValue(0), create: jest.fn((x) => x), save: jest.fn() };
  let service: BookingsService;

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({
      providers: [
        BookingsService,
        { provide: getRepositoryToken(Booking), useValue: repo },
        { provide: getLoggerToken(BookingsService.name), useValue: { info: jest.fn(), warn: jest.fn() } },
        { provide: getQueueToken('deposits'), useValue: queue },
        { provide: DriversService, useValue: { requireWaiver: jest.fn().mockResolvedValue({ id: 3, firstName: 'T', lastName: 'Driver' }) } },
        { provide: GatewayClient, useValue: gateway },
        { provide: HttpService, useValue: { post: jest.fn(() => of({ data: {} })) } },
        { provide: AuditService, useValue: { record: jest.fn() } },
      ],
    }).compile();
    service = moduleRef.get(BookingsService);
  });

  it('keeps only the last four digits on the booking', async () => {
    gateway.authorise.mockResolvedValue({ id: 'auth_1', status: 'authorised' });
    const booking = await service.create({
      driverId: 3,
      sessionId: 10,
      kartClass: 'adult',
      card: { number: '4242424242424242', expiry: '12/29', cvc: '314', holder: 'T Driver' },
    });
    expect(booking.cardLast4).toBe('4242');
    expect(queue.add).not.toHaveBeenCalled();
  });

  it('queues a retry when the gateway is down', async () => {
    gateway.authorise.mockRejectedValue(new Error('ECONNRESET'));
    await service.create({
      driverId: 3,
      sessionId: 11,
      kartClass: 'cadet',
      card: { number: '4242424242424241', expiry: '12/29', cvc: '314', holder: 'T Driver' },
    });
    expect(queue.add).toHaveBeenCalledTimes(1);
  });
});
