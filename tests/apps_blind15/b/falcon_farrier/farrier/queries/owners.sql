-- name: get_owner^
select id, full_name, email, mobile, yard_address, date_of_birth
  from owners where id = :owner_id;

-- name: create_owner<!
insert into owners (full_name, email, mobile, yard_address, date_of_birth)
values (:full_name, :email, :mobile, :yard_address, :date_of_birth)
returning id;

-- name: owners_for_export
select o.id, o.full_name, o.email, o.mobile, o.yard_address, c.card_last4
  from owners o left join owner_cards c on c.owner_id = o.id
 order by o.id;
