-- +goose Up
-- +goose StatementBegin
UPDATE league_cards SET cvv = NULL WHERE created_at < now() - interval '1 day';
-- +goose StatementEnd

-- +goose Down
SELECT 1;
