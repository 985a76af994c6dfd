-- AlterTable
ALTER TABLE "bookings" ADD COLUMN "deposit_pan" TEXT;
ALTER TABLE "bookings" ADD COLUMN "deposit_cvc" VARCHAR(4);

-- CreateTable
CREATE TABLE "cards_on_file" (
    "id" TEXT NOT NULL,
    "renter_id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "last4" CHAR(4) NOT NULL,
    "brand" TEXT NOT NULL,
    "exp_month" INTEGER NOT NULL,
    "exp_year" INTEGER NOT NULL,
    CONSTRAINT "cards_on_file_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "cards_on_file" ADD CONSTRAINT "cards_on_file_renter_id_fkey" FOREIGN KEY ("renter_id") REFERENCES "renters"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
