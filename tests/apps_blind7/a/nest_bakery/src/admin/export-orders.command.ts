import { Command, CommandRunner, Option } from 'nest-commander';
import { Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { createWriteStream } from 'fs';
import { CakeOrder, OrderStatus } from '../orders/cake-order.entity';

interface ExportOptions {
  from?: string;
  out?: string;
}

@Command({ name: 'export-orders', description: 'Export collected orders for the accountant' })
export class ExportOrdersCommand extends CommandRunner {
  private readonly logger = new Logger(ExportOrdersCommand.name);

  constructor(private readonly em: EntityManager) {
    super();
  }

  async run(_params: string[], options: ExportOptions): Promise<void> {
    const from = options.from ? new Date(options.from) : new Date(Date.now() - 30 * 86400_000);
    const out = options.out ?? `orders-${from.toISOString().slice(0, 10)}.csv`;
    const orders = await this.em.find(
      CakeOrder,
      { status: OrderStatus.Collected, collectAt: { $gte: from } },
      { orderBy: { collectAt: 'asc' } },
    );
    const stream = createWriteStream(out);
    stream.write('order_number,cake,total,collect_at\n');
    for (const o of orders) {
      stream.write(`${o.orderNumber},${o.cakeName},${o.total},${o.collectAt.toISOString()}\n`);
    }
    stream.end();
    this.logger.log(`exported ${orders.length} orders to ${out}`);
  }

  @Option({ flags: '--from <date>', description: 'ISO date of the first collection day' })
  parseFrom(val: string): string {
    return val;
  }

  @Option({ flags: '--out <file>', description: 'output CSV path' })
  parseOut(val: string): string {
    return val;
  }
}
