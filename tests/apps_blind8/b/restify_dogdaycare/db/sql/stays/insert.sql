INSERT INTO stays (dog_id, check_in, check_out, kennel_run, reference)
VALUES (${dogId}, ${checkIn}, ${checkOut}, ${kennelRun}, ${reference})
RETURNING id, reference
