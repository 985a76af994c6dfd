import { IsBoolean, IsCreditCard, IsEmail, IsInt, IsOptional, Length, Matches, Min } from 'class-validator';

export class CreatePaymentDto {
  @IsEmail()
  email: string;

  @IsCreditCard()
  cardNumber: string;

  @Length(3, 4)
  cvc: string;

  @Matches(/^(0[1-9]|1[0-2])\/\d{2}$/)
  expiry: string;

  @IsInt()
  @Min(100)
  amountCents: number;

  @IsOptional()
  @IsBoolean()
  saveCard?: boolean;
}

export class UpdateProfileDto {
  @IsOptional()
  @IsEmail()
  email?: string;

  @IsOptional()
  mobile?: string;

  @IsOptional()
  fullName?: string;
}
