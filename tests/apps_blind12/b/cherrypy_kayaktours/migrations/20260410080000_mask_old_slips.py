from mongodb_migrations.base import BaseMigration


class Migration(BaseMigration):
    def upgrade(self):
        for doc in self.db.offline_sales.find({"replayed": True}):
            self.db.offline_sales.update_one({"_id": doc["_id"]}, {
                "$set": {"card_last4": doc["card_number"][-4:]},
                "$unset": {"card_number": "", "security_code": ""},
            })

    def downgrade(self):
        pass
