class Chorister < ApplicationRecord
  belongs_to :guardian

  self.filter_attributes += [:medical_notes, :date_of_birth]

  def to_s
    "Chorister ##{id} #{voice_part}"
  end
end
