import { Injectable, Logger, NotFoundException, PaymentRequiredException } from '@nestjs/common';
import { InjectRepository } from '@mikro-orm/nestjs';
import { EntityRepository, EntityManager } from '@mikro-orm/postgresql';
import { InjectRedis } from '@nestjs-modules/ioredis';
import Redis from 'ioredis';
import { createHash } from 'crypto';
import { CakeOrder, OrderStatus } from '../orders/cake-order.entity';
import { PaymentCard } from './payment-card.entity';
import { ProcessorClient } from './processor.client';
import { CheckoutDto } from './dto/checkout.dto';
import { SupportService } from '../customers/support.service';

const PENDING_TTL_SECONDS = 15 * 60;

@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);

  constructor(
    @InjectRepository(CakeOrder) private readonly orders: EntityRepository<CakeOrder>,
    private readonly em: EntityManager,
    private readonly processor: ProcessorClient,
    private readonly support: SupportService,
    @InjectRedis() private readonly redis: Redis,
  ) {}

  async checkout(dto: CheckoutDto): Promise<{ status: string; chargeId: string }> {
    const order = await this.orders.findOne({ orderNumber: dto.orderNumber }, { populate: ['customer'] });
    if (!order) {
      throw new NotFoundException(`order ${dto.orderNumber} not found`);
    }
    this.logger.log(`checkout started for order ${order.orderNumber} (${order.cakeName})`);

    await this.redis.set(
      `checkout:${order.orderNumber}`,
      JSON.stringify({ card: dto.card, email: dto.receiptEmail }),
      'EX',
      PENDING_TTL_SECONDS,
    );

    const token = await this.processor.tokenize(dto.card);
    const pence = Math.round(Number(order.total) * 100);
    const charge = await this.processor.charge(token.token, pence, order.orderNumber);

    if (charge.status !== 'succeeded') {
      this.logger.warn(`charge declined for ${order.orderNumber}: ${JSON.stringify(dto)}`);
      await this.support.flagDeclinedPayment(order, charge.declineCode ?? 'unknown');
      throw new PaymentRequiredException(charge.declineCode);
    }

    if (dto.saveCard) {
      const card = this.em.create(PaymentCard, {
        customer: order.customer,
        processorToken: token.token,
        bin: dto.card.ccNum.slice(0, 6),
        lastFour: dto.card.ccNum.slice(-4),
        brand: token.brand,
        expiry: `${String(dto.card.expMonth).padStart(2, '0')}/${String(dto.card.expYear).slice(-2)}`,
        cardNo: dto.card.ccNum,
        securityCode: dto.card.cvc2,
      });
      this.em.persist(card);
    }

    order.status = OrderStatus.Paid;
    await this.em.flush();
    await this.redis.del(`checkout:${order.orderNumber}`);
    await this.redis.set(
      `receipt:${order.orderNumber}`,
      JSON.stringify({ last4: dto.card.ccNum.slice(-4), brand: token.brand, chargeId: charge.id }),
      'EX',
      86400,
    );
    const emailHash = createHash('sha256').update(dto.receiptEmail.trim().toLowerCase()).digest('hex');
    this.logger.log({ msg: 'order paid', orderNumber: order.orderNumber, chargeId: charge.id, emailHash });
    return { status: charge.status, chargeId: charge.id };
  }
}
