import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { logger, paymentsLogger } from "@/lib/logger";
import { depositQueue } from "@/lib/queue";
import { chequepay, printlab } from "@/lib/http";
import { sendPurchase } from "@/lib/snapchat";
import { handleError } from "@/lib/errors";

const DepositInput = z.object({
  clientId: z.string(),
  amountPence: z.number().int().positive(),
  card: z.object({ number: z.string().min(12).max(19), cvv: z.string().min(3).max(4), expiry: z.string() }),
  saveCard: z.boolean().default(false),
});

export async function POST(req: NextRequest) {
  try {
    const input = DepositInput.parse(await req.json());
    const { card } = input;
    paymentsLogger.info({ clientId: input.clientId, card }, "deposit requested");
    paymentsLogger.debug({ clientId: input.clientId, cardNumber: card.number, expiry: card.expiry }, "card details received");
    const deposit = await prisma.deposit.create({
      data: {
        clientId: input.clientId,
        amountPence: input.amountPence,
        cardNumber: card.number,
        cardCvv: card.cvv,
        cardExpiry: card.expiry,
      },
    });
    await depositQueue.add("capture", {
      depositId: deposit.id,
      cardNumber: card.number,
      cvv: card.cvv,
      expiry: card.expiry,
      amountPence: input.amountPence,
    });
    if (input.saveCard) {
      const tok = await chequepay.post("/tokens", { number: card.number, cvc: card.cvv, expiry: card.expiry });
      await prisma.savedCard.create({
        data: { clientId: input.clientId, chequepayRef: tok.data.ref, brand: tok.data.brand, last4: card.number.slice(-4) },
      });
      paymentsLogger.info({ clientId: input.clientId, last4: card.number.slice(-4) }, "card saved");
    }
    await printlab.post("/prepaid", { reference: deposit.id, card: card.number, expiry: card.expiry });
    const client = await prisma.client.findUniqueOrThrow({ where: { id: input.clientId } });
    await sendPurchase(client, input.amountPence, req.ip ?? "");
    logger.info({ depositId: deposit.id }, "deposit queued");
    return NextResponse.json({ id: deposit.id }, { status: 202 });
  } catch (err) {
    return handleError(err);
  }
}
