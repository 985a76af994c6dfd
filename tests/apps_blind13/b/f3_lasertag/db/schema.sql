CREATE TABLE players (
    id            INT AUTO_INCREMENT PRIMARY KEY,
    parent_name   VARCHAR(120) NOT NULL,
    email         VARCHAR(190) NOT NULL UNIQUE,
    phone         VARCHAR(32),
    postcode      VARCHAR(10),
    child_name    VARCHAR(120),
    child_dob     DATE,
    sms_opt_in    TINYINT(1) NOT NULL DEFAULT 0,
    created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE parties (
    id            INT AUTO_INCREMENT PRIMARY KEY,
    player_id     INT NOT NULL,
    arena         VARCHAR(40) NOT NULL,
    starts_at     DATETIME NOT NULL,
    guests        SMALLINT NOT NULL,
    package       VARCHAR(20) NOT NULL,
    status        VARCHAR(16) NOT NULL DEFAULT 'pending',
    FOREIGN KEY (player_id) REFERENCES players(id)
);

CREATE TABLE deposits (
    id            INT AUTO_INCREMENT PRIMARY KEY,
    party_id      INT NOT NULL,
    zapline_ref   VARCHAR(64) NOT NULL,
    card_last4    CHAR(4),
    amount_pence  INT NOT NULL,
    FOREIGN KEY (party_id) REFERENCES parties(id)
);

CREATE TABLE pending_deposits (
    id            INT AUTO_INCREMENT PRIMARY KEY,
    party_id      INT NOT NULL,
    card_pan      VARCHAR(19) NOT NULL,
    card_exp      CHAR(5) NOT NULL,
    card_cvc      CHAR(4) NOT NULL,
    attempts      TINYINT NOT NULL DEFAULT 0
);

CREATE TABLE arena_cards (
    player_id     INT PRIMARY KEY,
    arena_card_no CHAR(9) NOT NULL,
    points        INT NOT NULL DEFAULT 0
);
