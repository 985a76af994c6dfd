import { Body, Controller, Param, ParseIntPipe, Post } from '@nestjs/common';
import { CorporateService } from './corporate.service';
import { OpenAccountDto } from './dto/open-account.dto';

@Controller('corporate')
export class CorporateController {
  constructor(private readonly corporate: CorporateService) {}

  @Post('accounts')
  async open(@Body() dto: OpenAccountDto) {
    const account = await this.corporate.open(dto);
    return { id: account.id, cardLast4: account.cardLast4 };
  }

  @Post('accounts/:id/events/:ref/charge')
  charge(@Param('id', ParseIntPipe) id: number, @Param('ref') ref: string, @Body() body: { amountPence: number }) {
    return this.corporate.chargeEvent(id, body.amountPence, ref);
  }
}
