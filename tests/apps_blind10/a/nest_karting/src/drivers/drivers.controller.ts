import { Body, Controller, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { Driver } from './driver.entity';
import { DriversService } from './drivers.service';
import { RegisterDriverDto } from './dto/register-driver.dto';

@Controller('drivers')
export class DriversController {
  constructor(private readonly drivers: DriversService) {}

  @Post()
  register(@Body() dto: RegisterDriverDto): Promise<Driver> {
    return this.drivers.register(dto);
  }

  @Patch(':id/contact')
  async updateContact(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: { email: string; phone?: string },
  ): Promise<{ ok: true }> {
    await this.drivers.updateContact(id, body.email, body.phone ?? null);
    return { ok: true };
  }
}
