DROP TABLE dock_cards;
