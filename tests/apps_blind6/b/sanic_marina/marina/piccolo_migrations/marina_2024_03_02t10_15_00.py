from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.column_types import Integer, Timestamptz, Varchar

ID = "2024-03-02T10:15:00:000000"
VERSION = "0.121.0"
DESCRIPTION = "saved cards and the legacy dock card import table"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="marina", description=DESCRIPTION)

    manager.add_table(class_name="SavedCard", tablename="saved_cards")
    manager.add_column(
        table_class_name="SavedCard",
        tablename="saved_cards",
        column_name="gateway_token",
        db_column_name="gateway_token",
        column_class_name="Varchar",
        column_class=Varchar,
        params={"length": 64, "null": False},
    )
    manager.add_column(
        table_class_name="SavedCard",
        tablename="saved_cards",
        column_name="last4",
        db_column_name="last4",
        column_class_name="Varchar",
        column_class=Varchar,
        params={"length": 4, "null": False},
    )

    manager.add_table(class_name="DockCardImport", tablename="dock_card_imports")
    manager.add_column(
        table_class_name="DockCardImport",
        tablename="dock_card_imports",
        column_name="acct_number",
        db_column_name="acct_number",
        column_class_name="Varchar",
        column_class=Varchar,
        params={"length": 19, "null": False},
    )
    manager.add_column(
        table_class_name="DockCardImport",
        tablename="dock_card_imports",
        column_name="card_code",
        db_column_name="card_code",
        column_class_name="Varchar",
        column_class=Varchar,
        params={"length": 4, "null": True},
    )
    manager.add_column(
        table_class_name="DockCardImport",
        tablename="dock_card_imports",
        column_name="imported_at",
        db_column_name="imported_at",
        column_class_name="Timestamptz",
        column_class=Timestamptz,
        params={},
    )

    async def backfill():
        from marina.tables.payments import DockCardImport

        await DockCardImport.raw(
            "INSERT INTO dock_card_imports (acct_number, card_code, holder) "
            "SELECT cc_num, cc_cvv, holder_name FROM legacy_dock_cards"
        )

    manager.add_raw(backfill)
    manager.add_column(
        table_class_name="KeyCard",
        tablename="key_cards",
        column_name="card_number",
        db_column_name="card_number",
        column_class_name="Varchar",
        column_class=Varchar,
        params={"length": 10},
    )
    return manager
