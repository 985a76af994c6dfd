import { Type } from 'class-transformer';
import {
  IsCreditCard,
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

export class CardDetailsDto {
  @IsCreditCard()
  ccNum!: string;

  @IsInt()
  @Min(1)
  @Max(12)
  expMonth!: number;

  @IsInt()
  @Min(2024)
  expYear!: number;

  @IsString()
  @Length(3, 4)
  cvc2!: string;

  @IsNotEmpty()
  nameOnCard!: string;
}

export class CheckoutDto {
  @IsString()
  orderNumber!: string;

  @IsEmail()
  receiptEmail!: string;

  @ValidateNested()
  @Type(() => CardDetailsDto)
  card!: CardDetailsDto;

  @IsOptional()
  saveCard?: boolean;
}
