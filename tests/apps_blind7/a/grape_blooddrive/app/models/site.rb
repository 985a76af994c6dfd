# frozen_string_literal: true

class Site < ActiveRecord::Base
  has_many :appointments, foreign_key: :session_site_id

  validates :name, :address, presence: true
end
