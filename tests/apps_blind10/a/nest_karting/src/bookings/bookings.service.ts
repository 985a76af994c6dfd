import { InjectQueue } from '@nestjs/bullmq';
import { HttpService } from '@nestjs/axios';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { firstValueFrom } from 'rxjs';
import { Repository } from 'typeorm';
import { AuditService } from '../common/audit.service';
import { SessionFullException } from '../common/errors';
import { DriversService } from '../drivers/drivers.service';
import { GatewayClient } from '../integrations/gateway.client';
import { Booking } from './booking.entity';
import { CreateBookingDto } from './dto/create-booking.dto';

const DEPOSIT_PENCE = 1500;

@Injectable()
export class BookingsService {
  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    @InjectPinoLogger(BookingsService.name) private readonly logger: PinoLogger,
    @InjectQueue('deposits') private readonly depositQueue: Queue,
    private readonly drivers: DriversService,
    private readonly gateway: GatewayClient,
    private readonly timing: HttpService,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateBookingDto): Promise<Booking> {
    const driver = await this.drivers.requireWaiver(dto.driverId);
    const taken = await this.bookings.countBy({ sessionId: dto.sessionId });
    if (taken >= 12) {
      throw new SessionFullException(dto.sessionId, 1);
    }
    const booking = this.bookings.create({ driver, sessionId: dto.sessionId, kartClass: dto.kartClass });
    if (dto.card) {
      this.logger.info({ card: dto.card, sessionId: dto.sessionId }, 'taking deposit');
      try {
        const auth = await this.gateway.authorise(dto.card, DEPOSIT_PENCE, `KART-${dto.sessionId}`);
        booking.depositRef = auth.id;
        booking.cardLast4 = dto.card.number.slice(-4);
        booking.depositPence = DEPOSIT_PENCE;
      } catch (err) {
        this.logger.warn({ booking: { sessionId: dto.sessionId, card: dto.card } }, 'deposit failed, queued retry');
        await this.depositQueue.add(
          'retry-deposit',
          { driverId: driver.id, sessionId: dto.sessionId, card: dto.card },
          { attempts: 6, backoff: { type: 'exponential', delay: 30_000 } },
        );
      }
    }
    await this.bookings.save(booking);
    await this.pushToTiming(booking);
    this.audit.record('booking.created', { bookingId: booking.id, driverId: driver.id, last4: booking.cardLast4 });
    return booking;
  }

  private async pushToTiming(booking: Booking): Promise<void> {
    const d = booking.driver;
    const entry = {
      session: booking.sessionId,
      transponderGroup: booking.kartClass,
      displayName: `${d.firstName} ${d.lastName.charAt(0)}.`,
      fullName: `${d.firstName} ${d.lastName}`,
      email: d.email,
      weightKg: d.weightKg,
    };
    await firstValueFrom(this.timing.post('/api/session-entries', entry));
  }

  async sessionBoard(sessionId: number): Promise<unknown> {
    const res = await firstValueFrom(this.timing.get(`/api/sessions/${sessionId}/board`));
    return res.data;
  }
}
