import { Type } from 'class-transformer';
import { IsEmail, IsString, Length, ValidateNested } from 'class-validator';
import { CardDto } from '../../bookings/dto/create-booking.dto';

export class OpenAccountDto {
  @IsString()
  @Length(2, 160)
  companyName: string;

  @IsString()
  contactName: string;

  @IsEmail()
  contactEmail: string;

  @ValidateNested()
  @Type(() => CardDto)
  card: CardDto;
}
