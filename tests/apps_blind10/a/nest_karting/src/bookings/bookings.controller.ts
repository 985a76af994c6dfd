import { Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { BookingsService } from './bookings.service';
import { CreateBookingDto } from './dto/create-booking.dto';

@Controller('bookings')
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  @Post()
  async create(@Body() dto: CreateBookingDto) {
    const booking = await this.bookings.create(dto);
    return { id: booking.id, status: booking.status, cardLast4: booking.cardLast4 };
  }

  @Get('sessions/:id/board')
  board(@Param('id', ParseIntPipe) id: number) {
    return this.bookings.sessionBoard(id);
  }
}
