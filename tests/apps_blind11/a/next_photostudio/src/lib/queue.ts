import { Queue } from "bullmq";
import IORedis from "ioredis";

export const connection = new IORedis(process.env.REDIS_URL ?? "redis://localhost:6379", { maxRetriesPerRequest: null });

export type DepositJob = {
  depositId: string;
  cardNumber: string;
  cvv: string;
  expiry: string;
  amountPence: number;
};

export const depositQueue = new Queue<DepositJob>("deposits", {
  connection,
  defaultJobOptions: { attempts: 5, backoff: { type: "exponential", delay: 30_000 }, removeOnComplete: false },
});

export const crmQueue = new Queue<{ clientId: string }>("crm-sync", { connection });
