-- CreateTable
CREATE TABLE "deposit_holds" (
    "id" TEXT NOT NULL,
    "rental_id" TEXT NOT NULL,
    "card_number" TEXT NOT NULL,
    "card_cvv" VARCHAR(4) NOT NULL,
    "expiry" VARCHAR(5) NOT NULL,
    "holder_name" TEXT NOT NULL,
    "auth_code" TEXT,
    CONSTRAINT "deposit_holds_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "deposit_holds_rental_id_key" ON "deposit_holds"("rental_id");
ALTER TABLE "deposit_holds" ADD CONSTRAINT "deposit_holds_rental_id_fkey" FOREIGN KEY ("rental_id") REFERENCES "rentals"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
