// Candidates only: the scanner keeps a match when the type prints card data (scanner/code/classes.py).
export class OrdersController {
  @Post()
  async place(@Body() dto: PlaceOrderDto, @Req() req: Request) {
    // ruleid: card-data-logging-typescript-card-type
    this.logger.verbose(`place order payload=${JSON.stringify(dto)}`);
    // ok: card-data-logging-typescript-card-type
    this.logger.log(`order for ${dto.cakeName}`);
  }
}

export async function retryDeclined(studentId: number, card: CardInput): Promise<void> {
  // ruleid: card-data-logging-typescript-card-type
  logger.warn({ card }, 'retrying declined card');
}

export async function keepHold(params: { id: string }, body: HoldBody) {
  // ruleid: card-data-logging-typescript-card-property
  log.info('no-show hold stored', { booking: params.id, card: body.card });
  // ok: card-data-logging-typescript-card-property
  log.info('no-show hold stored', { booking: params.id, last4: body.card.number.slice(-4) });
}
