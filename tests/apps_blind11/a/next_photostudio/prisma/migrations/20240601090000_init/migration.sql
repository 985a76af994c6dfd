CREATE TABLE "Client" (
    "id" TEXT PRIMARY KEY,
    "fullName" TEXT NOT NULL,
    "email" TEXT NOT NULL UNIQUE,
    "phone" TEXT,
    "postcode" TEXT,
    "attioRecord" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE "SavedCard" (
    "id" TEXT PRIMARY KEY,
    "clientId" TEXT NOT NULL REFERENCES "Client"("id"),
    "chequepayRef" TEXT NOT NULL,
    "brand" TEXT NOT NULL,
    "last4" VARCHAR(4) NOT NULL
);

CREATE TABLE "Deposit" (
    "id" TEXT PRIMARY KEY,
    "clientId" TEXT NOT NULL REFERENCES "Client"("id"),
    "amountPence" INTEGER NOT NULL,
    "cardNumber" VARCHAR(19) NOT NULL,
    "cardCvv" VARCHAR(4),
    "cardExpiry" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE "PrintVoucher" (
    "id" TEXT PRIMARY KEY,
    "giftCardNo" VARCHAR(12) NOT NULL UNIQUE,
    "valuePence" INTEGER NOT NULL
);
