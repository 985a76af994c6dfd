import { IsDateString, IsEmail, IsInt, IsOptional, IsPhoneNumber, IsString, Length, Max, Min } from 'class-validator';

export class RegisterDriverDto {
  @IsString()
  @Length(1, 80)
  firstName: string;

  @IsString()
  @Length(1, 80)
  lastName: string;

  @IsEmail()
  email: string;

  @IsOptional()
  @IsPhoneNumber('GB')
  phone?: string;

  @IsDateString()
  dateOfBirth: string;

  @IsOptional()
  @IsInt()
  @Min(20)
  @Max(160)
  weightKg?: number;

  @IsOptional()
  @IsString()
  guardianName?: string;
}
