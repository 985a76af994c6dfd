import { Body, Controller, Logger, Param, Post } from '@nestjs/common';
import { ReserveRentalDto } from './rentals.dto';
import { RentalsService } from './rentals.service';

@Controller('rentals')
export class RentalsController {
  private readonly logger = new Logger(RentalsController.name);

  constructor(private readonly rentals: RentalsService) {}

  @Post()
  async reserve(@Body() dto: ReserveRentalDto) {
    this.logger.verbose({ message: 'reserve request', body: dto });
    const rental = await this.rentals.reserve(dto);
    return { id: rental.id, status: rental.status };
  }

  @Post(':id/measurements')
  async measurements(@Param('id') id: string, @Body() body: { chest: number; waist: number; inseam: number; height: number }) {
    await this.rentals.sendMeasurements(id, body);
    return { ok: true };
  }
}
