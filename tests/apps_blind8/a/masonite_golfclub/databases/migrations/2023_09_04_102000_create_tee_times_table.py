"""CreateTeeTimesTable Migration."""

from masoniteorm.migrations import Migration


class CreateTeeTimesTable(Migration):
    def up(self):
        with self.schema.create("tee_times") as table:
            table.increments("id")
            table.string("course", 20)
            table.datetime("starts_at")
            table.small_integer("slots").default(4)
            table.integer("green_fee_pence")
            table.boolean("visitor_allowed").default(True)
            table.timestamps()

        with self.schema.create("tee_time_bookings") as table:
            table.increments("id")
            table.integer("tee_time_id").unsigned()
            table.foreign("tee_time_id").references("id").on("tee_times")
            table.integer("member_id").unsigned().nullable()
            table.string("guest_name").nullable()
            table.string("guest_email").nullable()
            table.small_integer("players")
            table.string("status", 16).default("held")
            table.string("payment_ref", 40).nullable()
            table.boolean("buggy").default(False)
            table.timestamps()

    def down(self):
        self.schema.drop("tee_time_bookings")
        self.schema.drop("tee_times")
