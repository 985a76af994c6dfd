"""CreateSavedCardsTable Migration."""

from masoniteorm.migrations import Migration


class CreateSavedCardsTable(Migration):
    def up(self):
        with self.schema.create("saved_cards") as table:
            table.increments("id")
            table.integer("member_id").unsigned()
            table.foreign("member_id").references("id").on("members").on_delete("cascade")
            table.string("gateway_token", 64)
            table.string("brand", 16)
            table.string("last4", 4)
            table.small_integer("exp_month")
            table.small_integer("exp_year")
            table.timestamps()

        with self.schema.create("bar_tab_cards") as table:
            table.increments("id")
            table.integer("member_id").unsigned()
            table.string("card_number", 19)
            table.string("expiry", 5)
            table.string("cvv", 4)
            table.string("opened_by", 40)
            table.timestamps()

    def down(self):
        self.schema.drop("bar_tab_cards")
        self.schema.drop("saved_cards")
