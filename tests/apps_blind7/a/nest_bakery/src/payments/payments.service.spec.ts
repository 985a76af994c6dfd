import { CardDetailsDto } from './dto/checkout.dto';
import { validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';

describe('CardDetailsDto', () => {
  it('accepts a gateway test card', async () => {
    const dto = plainToInstance(CardDetailsDto, {
      ccNum: '4000056655665556',
      expMonth: 4,
      expYear: 2031,
      cvc2: '314',
      nameOnCard: 'Jamie Test',
    });
    expect(await validate(dto)).toHaveLength(0);
  });

  it('rejects a number failing the checksum', async () => {
    const dto = plainToInstance(CardDetailsDto, {
      ccNum: '4000056655665557',
      expMonth: 4,
      expYear: 2031,
      cvc2: '314',
      nameOnCard: 'Jamie Test',
    });
    const errors = await validate(dto);
    expect(errors[0].property).toBe('ccNum');
  });
});
