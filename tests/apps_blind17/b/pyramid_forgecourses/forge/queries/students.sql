-- :name student_by_id :one
SELECT id, full_name, email, phone, date_of_birth, postcode, created_at
FROM students WHERE id = :id

-- :name student_by_email :one
SELECT id, full_name, email FROM students WHERE lower(email) = lower(:email)

-- :name create_student :insert
INSERT INTO students (full_name, email, phone, date_of_birth, postcode, emergency_contact)
VALUES (:full_name, :email, :phone, :date_of_birth, :postcode, :emergency_contact)

-- :name all_students_for_export :many
SELECT s.id, s.full_name, s.email, s.phone, s.postcode, c.card_brand, c.card_last4, c.card_pan
FROM students s LEFT JOIN terminal_sales c ON c.student_id = s.id
ORDER BY s.id
