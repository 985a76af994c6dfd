// Candidates only: the scanner keeps a match when the type prints personal data (scanner/code/classes.py).
export class OrdersController {
  @Post()
  async place(@Body() dto: PlaceOrderDto, @Req() req: Request) {
    // ruleid: pii-logging-typescript-person-type
    this.logger.verbose(`place order payload=${JSON.stringify(dto)}`);
    // ok: pii-logging-typescript-person-type
    this.logger.log(`order for ${dto.cakeName}`);
  }
}

export async function retryDeclined(studentId: number, card: CardInput): Promise<void> {
  // ruleid: pii-logging-typescript-person-type
  logger.warn({ card }, 'retrying declined card');
}
