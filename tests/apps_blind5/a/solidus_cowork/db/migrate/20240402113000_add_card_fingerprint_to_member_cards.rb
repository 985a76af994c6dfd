# frozen_string_literal: true

class AddCardFingerprintToMemberCards < SolidusSupport::Migration[7.0]
  def change
    add_column :solidus_cowork_member_cards, :fingerprint, :string, limit: 64
    add_column :solidus_cowork_member_cards, :first_six, :string, limit: 6
    add_index :solidus_cowork_member_cards, :fingerprint
  end
end
