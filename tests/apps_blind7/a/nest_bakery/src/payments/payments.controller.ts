import { Body, Controller, HttpCode, Logger, Post } from '@nestjs/common';
import { CheckoutDto } from './dto/checkout.dto';
import { PaymentsService } from './payments.service';

@Controller('payments')
export class PaymentsController {
  private readonly logger = new Logger(PaymentsController.name);

  constructor(private readonly payments: PaymentsService) {}

  @Post('checkout')
  @HttpCode(200)
  async checkout(@Body() dto: CheckoutDto) {
    const masked = `${dto.card.ccNum.slice(0, 6)}******${dto.card.ccNum.slice(-4)}`;
    this.logger.log(`checkout for order ${dto.orderNumber} with card ${masked}`);
    return this.payments.checkout(dto);
  }
}
