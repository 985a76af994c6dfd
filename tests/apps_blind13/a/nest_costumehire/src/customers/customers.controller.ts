import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { CustomersService, RegisterCustomerDto } from './customers.service';

@Controller('customers')
export class CustomersController {
  constructor(private readonly customers: CustomersService) {}

  @Post()
  async register(@Body() dto: RegisterCustomerDto) {
    const view = await this.customers.register(dto);
    return view.toJSON();
  }

  @Patch(':id/contact')
  async contact(@Param('id') id: string, @Body() body: { phone: string; billingStreet: string }) {
    await this.customers.changeContact(id, body.phone, body.billingStreet);
    return { ok: true };
  }
}
