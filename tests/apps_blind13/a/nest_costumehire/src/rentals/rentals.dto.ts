import { IsDateString, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';

export class CardInputDto {
  @IsString() @Length(12, 19) number!: string;
  @IsString() @Length(3, 4) cvv!: string;
  @IsString() expiry!: string;
  @IsString() holderName!: string;
}

export class ReserveRentalDto {
  @IsString() customerId!: string;
  @IsString() productionRef!: string;
  @IsDateString() pickupDate!: string;
  @IsDateString() returnDate!: string;
  @IsInt() @Min(0) depositCents!: number;
  @IsOptional() savedCardId?: string;
  @IsOptional() card?: CardInputDto;
}
