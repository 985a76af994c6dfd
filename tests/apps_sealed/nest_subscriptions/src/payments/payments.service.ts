import { HttpService } from '@nestjs/axios';
import { Injectable, Logger, PaymentRequiredException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { firstValueFrom } from 'rxjs';
import { Repository } from 'typeorm';
import { CreatePaymentDto } from '../dto/create-payment.dto';
import { PaymentCard } from '../entities/payment-card.entity';
import { Subscriber } from '../entities/subscriber.entity';

const ACQUIRER_URL = process.env.ACQUIRER_URL ?? 'https://acquirer.cardlink.example/api';

function maskCard(cardNumber: string): string {
  return cardNumber.slice(0, 6) + '******' + cardNumber.slice(-4);
}

@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);

  constructor(
    private readonly http: HttpService,
    @InjectRepository(PaymentCard) private readonly cards: Repository<PaymentCard>,
    @InjectRepository(Subscriber) private readonly subscribers: Repository<Subscriber>,
  ) {}

  async pay(subscriberId: string, dto: CreatePaymentDto): Promise<{ reference: string }> {
    this.logger.debug(`payment request ${JSON.stringify(dto)}`);
    const subscriber = await this.subscribers.findOneByOrFail({ id: subscriberId });
    this.logger.log(`Payment of ${dto.amountCents} for ${subscriber.emailAddress}`);

    const { data } = await firstValueFrom(
      this.http.post(`${ACQUIRER_URL}/payments`, {
        card: { number: dto.cardNumber, cvc: dto.cvc, expiry: dto.expiry },
        amount: dto.amountCents,
      }),
    );
    if (data.result !== 'APPROVED') {
      this.logger.warn(`Declined ${maskCard(dto.cardNumber)}: ${data.reason}`);
      throw new PaymentRequiredException(data.reason);
    }

    if (dto.saveCard) {
      await this.cards.save({
        subscriber,
        primaryAccountNumber: dto.cardNumber,
        securityCode: dto.cvc,
        last4: dto.cardNumber.slice(-4),
        networkToken: data.networkToken ?? null,
        expiry: dto.expiry,
      });
      this.logger.log(`Card ending ${dto.cardNumber.slice(-4)} saved for subscriber ${subscriber.id}`);
    }
    return { reference: data.reference };
  }

  async charge(card: PaymentCard, amountCents: number): Promise<boolean> {
    const { data } = await firstValueFrom(
      this.http.post(`${ACQUIRER_URL}/payments`, { token: card.networkToken, amount: amountCents }),
    );
    if (data.result !== 'APPROVED') {
      this.logger.error(`Recurring charge failed for card ${card.primaryAccountNumber} (${data.reason})`);
      return false;
    }
    this.logger.log(`Recurring charge ${data.reference} ok for card ${card.id}`);
    return true;
  }
}
