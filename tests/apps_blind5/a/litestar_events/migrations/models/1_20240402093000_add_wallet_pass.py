from tortoise import BaseDBAsyncClient


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "orders" ADD "wallet_pass_serial" VARCHAR(40);
        ALTER TABLE "orders" ADD "card_fingerprint" VARCHAR(64);
        ALTER TABLE "box_office_swipes" ADD "reader_serial" VARCHAR(32);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "orders" DROP COLUMN "wallet_pass_serial";
        ALTER TABLE "orders" DROP COLUMN "card_fingerprint";
        ALTER TABLE "box_office_swipes" DROP COLUMN "reader_serial";"""
