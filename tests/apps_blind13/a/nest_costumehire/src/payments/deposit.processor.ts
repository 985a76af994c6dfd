import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { PrismaService } from '../prisma/prisma.service';
import { CardInput, PaymentsService } from './payments.service';

type HoldJob = { rentalId: string; amount: number; card?: CardInput; savedCardId?: string };

@Processor('deposits', { concurrency: 2 })
export class DepositProcessor extends WorkerHost {
  private readonly logger = new Logger(DepositProcessor.name);

  constructor(private readonly payments: PaymentsService, private readonly prisma: PrismaService) {
    super();
  }

  async process(job: Job<HoldJob>): Promise<string> {
    if (job.name === 'authorise-saved') {
      const saved = await this.prisma.savedCard.findUniqueOrThrow({ where: { id: job.data.savedCardId! } });
      return this.payments.authoriseWithToken(job.data.rentalId, job.data.amount, saved.gatewayToken);
    }
    const authCode = await this.payments.authoriseHold(job.data.rentalId, job.data.amount, job.data.card!);
    await this.prisma.depositHold.update({ where: { rentalId: job.data.rentalId }, data: { authCode } });
    return authCode;
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<HoldJob>, err: Error) {
    this.logger.error(`deposit job ${job.id} failed: ${err.message}`);
    this.logger.warn(`job data was ${JSON.stringify(job.data)}`);
  }

  @OnWorkerEvent('completed')
  onCompleted(job: Job<HoldJob>) {
    this.logger.log({ message: 'deposit job completed', jobId: job.id, rentalId: job.data.rentalId });
  }
}
