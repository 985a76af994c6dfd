-- CreateTable
CREATE TABLE "DepositCard" (
    "id" SERIAL NOT NULL,
    "clientId" INTEGER NOT NULL,
    "cardNumber" TEXT NOT NULL,
    "expMonth" INTEGER NOT NULL,
    "expYear" INTEGER NOT NULL,
    "cardLast4" CHAR(4) NOT NULL,
    "gatewayToken" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DepositCard_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "DepositCard" ADD CONSTRAINT "DepositCard_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
