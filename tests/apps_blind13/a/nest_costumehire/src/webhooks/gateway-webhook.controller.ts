import { BadRequestException, Controller, Headers, Logger, Post, RawBodyRequest, Req } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Request } from 'express';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { PrismaService } from '../prisma/prisma.service';

@Controller('webhooks/curtaincall')
export class GatewayWebhookController {
  private readonly logger = new Logger(GatewayWebhookController.name);

  constructor(private readonly prisma: PrismaService, private readonly config: ConfigService) {}

  @Post()
  async handle(@Req() req: RawBodyRequest<Request>, @Headers('cc-signature') signature: string) {
    const expected = createHmac('sha256', this.config.get<string>('gateway.apiKey')!).update(req.rawBody!).digest('hex');
    if (!signature || !timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
      throw new BadRequestException('bad signature');
    }
    const event = req.body as { type: string; data: { reference: string; card: { last4: string; brand: string }; billing_details: { name: string; email: string } } };
    this.logger.log({ message: 'gateway webhook', type: event.type, reference: event.data.reference, last4: event.data.card.last4 });
    if (event.type === 'authorization.expired') {
      await this.prisma.rental.update({ where: { id: event.data.reference }, data: { status: 'hold_expired' } });
      this.logger.warn(`hold expired for ${event.data.billing_details.name} <${event.data.billing_details.email}>`);
    }
    return { received: true };
  }
}
