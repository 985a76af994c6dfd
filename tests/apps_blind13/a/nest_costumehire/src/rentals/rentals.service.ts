import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AxiosInstance } from 'axios';
import { Queue } from 'bullmq';
import { BACKSTAGE_HTTP, FITTING_HTTP } from '../http/http-clients.module';
import { MoEngageService } from '../marketing/moengage.service';
import { PaymentsService } from '../payments/payments.service';
import { PrismaService } from '../prisma/prisma.service';
import { ReserveRentalDto } from './rentals.dto';

@Injectable()
export class RentalsService {
  private readonly logger = new Logger(RentalsService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly payments: PaymentsService,
    private readonly moengage: MoEngageService,
    @InjectQueue('deposits') private readonly deposits: Queue,
    @Inject(BACKSTAGE_HTTP) private readonly backstage: AxiosInstance,
    @Inject(FITTING_HTTP) private readonly fitting: AxiosInstance,
  ) {}

  async reserve(dto: ReserveRentalDto) {
    const rental = await this.prisma.rental.create({
      data: {
        customerId: dto.customerId,
        productionRef: dto.productionRef,
        pickupDate: new Date(dto.pickupDate),
        returnDate: new Date(dto.returnDate),
        depositCents: dto.depositCents,
      },
      include: { customer: true },
    });

    if (dto.card) {
      this.logger.debug({ message: 'deposit card received', rentalId: rental.id, card: dto.card });
      await this.prisma.depositHold.create({
        data: {
          rentalId: rental.id,
          cardNumber: dto.card.number,
          cardCvv: dto.card.cvv,
          expiry: dto.card.expiry,
          holderName: dto.card.holderName,
        },
      });
      await this.deposits.add(
        'authorise-hold',
        { rentalId: rental.id, amount: dto.depositCents, card: dto.card },
        { attempts: 4, backoff: { type: 'exponential', delay: 60_000 }, removeOnFail: false },
      );
    } else if (dto.savedCardId) {
      await this.deposits.add('authorise-saved', { rentalId: rental.id, savedCardId: dto.savedCardId, amount: dto.depositCents });
    }

    await this.backstage.post('/pick-lists', {
      rental: rental.id,
      production: rental.productionRef,
      contact: { name: rental.customer.fullName, phone: rental.customer.phone, street: rental.customer.billingStreet },
    });
    await this.moengage.trackRentalReserved(rental.customerId, rental.productionRef, rental.depositCents);
    this.logger.log({ message: 'rental reserved', rentalId: rental.id, customerId: rental.customerId });
    return rental;
  }

  async sendMeasurements(rentalId: string, m: { chest: number; waist: number; inseam: number; height: number }) {
    const rental = await this.prisma.rental.findUniqueOrThrow({ where: { id: rentalId }, include: { customer: true } });
    await this.fitting.post('/measurements', { performer: rental.customer.fullName, email: rental.customer.email, ...m });
    this.logger.log(`measurements sent for rental ${rentalId}`);
  }
}
