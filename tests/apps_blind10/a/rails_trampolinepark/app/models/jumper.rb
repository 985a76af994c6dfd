class Jumper < ApplicationRecord
  belongs_to :guardian

  validates :first_name, :last_name, :date_of_birth, presence: true
  validate :old_enough

  self.filter_attributes += [:medical_notes]

  def age
    ((Time.zone.today - date_of_birth) / 365.25).floor
  end

  def display_name
    "#{first_name} #{last_name.first}."
  end

  private

  def old_enough
    errors.add(:date_of_birth, "jumpers must be at least 3") if date_of_birth && age < 3
  end
end
