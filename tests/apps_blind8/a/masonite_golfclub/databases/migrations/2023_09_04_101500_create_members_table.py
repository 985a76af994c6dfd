"""CreateMembersTable Migration."""

from masoniteorm.migrations import Migration


class CreateMembersTable(Migration):
    def up(self):
        with self.schema.create("members") as table:
            table.increments("id")
            table.string("membership_no", 12).unique()
            table.string("first_name", 80)
            table.string("last_name", 80)
            table.string("email").unique()
            table.string("mobile", 20).nullable()
            table.date("date_of_birth").nullable()
            table.string("postcode", 10).nullable()
            table.decimal("handicap_index", 4, 1).nullable()
            table.string("category", 20).default("full")
            table.string("password")
            table.string("remember_token").nullable()
            table.boolean("marketing_opt_in").default(False)
            table.timestamps()
            table.soft_deletes()

    def down(self):
        self.schema.drop("members")
