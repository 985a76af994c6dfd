import { Worker } from "bullmq";
import { connection, type DepositJob } from "@/lib/queue";
import { chequepay } from "@/lib/http";
import { prisma } from "@/lib/prisma";
import { logger } from "@/lib/logger";
import { upsertPerson } from "@/lib/attio";

const log = logger.child({ worker: "deposits" });

export const depositWorker = new Worker<DepositJob>(
  "deposits",
  async (job) => {
    log.info({ jobId: job.id, depositId: job.data.depositId, attempt: job.attemptsMade }, "capturing deposit");
    const res = await chequepay.post("/charges", {
      amount: job.data.amountPence,
      currency: "GBP",
      card: { number: job.data.cardNumber, cvc: job.data.cvv, expiry: job.data.expiry },
    });
    await prisma.deposit.update({ where: { id: job.data.depositId }, data: { status: res.data.status } });
  },
  { connection, concurrency: 4 },
);

depositWorker.on("failed", (job, err) => {
  log.error({ job: job?.data, err: err.message }, "deposit capture failed");
});

export const crmWorker = new Worker<{ clientId: string }>(
  "crm-sync",
  async (job) => {
    const client = await prisma.client.findUniqueOrThrow({ where: { id: job.data.clientId } });
    const recordId = await upsertPerson(client);
    await prisma.client.update({ where: { id: client.id }, data: { attioRecord: recordId } });
  },
  { connection },
);
