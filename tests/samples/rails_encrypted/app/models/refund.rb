class Refund < ApplicationRecord
  # Only the note is encrypted; the card number is not.
  encrypts :note
end
