CREATE TABLE payments (
    id bigserial PRIMARY KEY,
    card_number varchar(255),
    cvv varchar(4)
);

CREATE TABLE refunds (
    id bigserial PRIMARY KEY,
    card_number varchar(255)
);
