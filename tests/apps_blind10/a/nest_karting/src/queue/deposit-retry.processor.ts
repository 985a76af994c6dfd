import { Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectRepository } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { Repository } from 'typeorm';
import { Booking } from '../bookings/booking.entity';
import { CardDto } from '../bookings/dto/create-booking.dto';
import { GatewayClient } from '../integrations/gateway.client';

interface DepositRetry {
  driverId: number;
  sessionId: number;
  card: CardDto;
}

@Processor('deposits', { concurrency: 2 })
export class DepositRetryProcessor extends WorkerHost {
  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    @InjectPinoLogger(DepositRetryProcessor.name) private readonly logger: PinoLogger,
    private readonly gateway: GatewayClient,
  ) {
    super();
  }

  async process(job: Job<DepositRetry>): Promise<void> {
    const { driverId, sessionId, card } = job.data;
    this.logger.info({ jobId: job.id, attempt: job.attemptsMade, driverId, sessionId }, 'retrying deposit');
    const auth = await this.gateway.authorise(card, 1500, `KART-${sessionId}`);
    await this.bookings.update(
      { sessionId, driver: { id: driverId } },
      { depositRef: auth.id, cardLast4: card.number.slice(-4), depositPence: 1500 },
    );
    await job.updateData({ driverId, sessionId, card: { ...card, number: '', cvc: '' } });
  }
}
