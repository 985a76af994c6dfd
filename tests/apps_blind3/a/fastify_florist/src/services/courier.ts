import { request } from 'undici';

// Dispatch box run by the courier partner; overridable per environment.
const DISPATCH_URL = process.env.COURIER_DISPATCH_URL ?? 'http://dispatch.petal-couriers.example:8081/jobs';

export interface DeliveryJob {
  orderId: string;
  recipientName: string;
  recipientAddress: string;
  recipientPhone?: string | null;
  deliveryDate: string;
}

export async function dispatchDelivery(job: DeliveryJob): Promise<string> {
  const { statusCode, body } = await request(DISPATCH_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(job),
  });
  if (statusCode >= 300) throw new Error(`courier rejected job ${job.orderId}: ${statusCode}`);
  const { jobId } = (await body.json()) as { jobId: string };
  return jobId;
}

export async function courierStatus(jobId: string): Promise<string> {
  const { body } = await request(`${DISPATCH_URL}/${encodeURIComponent(jobId)}/status`);
  return ((await body.json()) as { status: string }).status;
}
