import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumberString, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';

export class CardDto {
  @IsNumberString()
  @Length(13, 19)
  number: string;

  @Matches(/^\d{2}\/\d{2}$/)
  expiry: string;

  @IsNumberString()
  @Length(3, 4)
  cvc: string;

  @IsString()
  holder: string;
}

export class CreateBookingDto {
  @IsInt()
  driverId: number;

  @IsInt()
  sessionId: number;

  @IsIn(['cadet', 'adult', 'twin'])
  kartClass: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => CardDto)
  card?: CardDto;
}
