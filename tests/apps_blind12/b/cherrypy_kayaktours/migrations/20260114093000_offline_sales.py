from mongodb_migrations.base import BaseMigration


class Migration(BaseMigration):
    def upgrade(self):
        self.db.create_collection("offline_sales")
        self.db.offline_sales.create_index([("kiosk_id", 1), ("replayed", 1)])
        self.db.saved_cards.create_index([("guest", 1)])

    def downgrade(self):
        self.db.offline_sales.drop()
