import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AppModule } from '../src/app.module';

describe('Rentals (e2e)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    process.env.GATEWAY_BASE_URL = 'http://localhost:4010';
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });

  it('rejects a reservation with a short card number', async () => {
    await request(app.getHttpServer())
      .post('/rentals')
      .send({ customerId: 'c1', productionRef: 'MACBETH-26', pickupDate: '2026-06-01', returnDate: '2026-06-20', depositCents: 25000, card: { number: '411111', cvv: '12', expiry: '12/28', holderName: 'Stage Door' } })
      .expect(400);
  });

  afterAll(() => app.close());
});
