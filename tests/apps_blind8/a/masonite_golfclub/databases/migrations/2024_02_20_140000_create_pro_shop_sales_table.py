"""CreateProShopSalesTable Migration."""

from masoniteorm.migrations import Migration


class CreateProShopSalesTable(Migration):
    def up(self):
        with self.schema.create("pro_shop_sales") as table:
            table.increments("id")
            table.integer("member_id").unsigned().nullable()
            table.string("sku", 32)
            table.integer("amount_pence")
            table.string("pan_first6", 6)
            table.string("pan_last4", 4)
            table.string("auth_code", 12)
            table.string("till_ref", 24)
            table.timestamps()

        # Lost-and-found and locker hire keep their own reference numbers.
        with self.schema.create("locker_rentals") as table:
            table.increments("id")
            table.integer("member_id").unsigned()
            table.string("locker_no", 6)
            table.string("key_card_uid", 16)
            table.date("paid_until")
            table.timestamps()

    def down(self):
        self.schema.drop("locker_rentals")
        self.schema.drop("pro_shop_sales")
