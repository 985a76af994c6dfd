-- name: create_visit<!
insert into visits (horse_id, round_code, visit_date, work, amount_pence)
values (:horse_id, :round_code, :visit_date, :work, :amount_pence)
returning id;

-- name: visits_on_round
select v.id, v.horse_id, v.round_code, v.amount_pence
  from visits v where v.round_code = :round_code and v.visit_date = :visit_date;
