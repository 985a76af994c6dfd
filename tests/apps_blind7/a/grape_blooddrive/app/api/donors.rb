# frozen_string_literal: true

require 'securerandom'

module BloodDrive
  module API
    class Donors < Grape::API
      resource :donors do
        desc 'Register a new donor'
        params do
          requires :email, type: String, regexp: /.+@.+/
          requires :first_name, type: String
          requires :last_name, type: String
          requires :date_of_birth, type: Date
          optional :mobile, type: String
          optional :national_id, type: String
          optional :blood_group, type: String, values: Donor::BLOOD_GROUPS
          optional :sms_opt_in, type: Boolean, default: false
        end
        post do
          donor = Donor.create!(declared(params, include_missing: false).merge(api_token: SecureRandom.hex(20)))
          logger.info("donor registered id=#{donor.id} group=#{donor.blood_group || 'unknown'}")
          logger.debug("registration params: #{declared(params).inspect}")
          Engagement.new.identify(donor)
          present donor, with: Entities::Donor
        end

        desc 'Current donor profile'
        get :me do
          authenticate!
          present current_donor, with: Entities::Donor
        end

        desc 'Update contact details'
        params do
          optional :mobile, type: String
          optional :email, type: String
        end
        patch :me do
          authenticate!
          before = current_donor.email
          current_donor.update!(declared(params, include_missing: false))
          logger.info("donor #{current_donor.id} changed e-mail from #{before} to #{current_donor.email}") if before != current_donor.email
          present current_donor, with: Entities::Donor
        end
      end
    end

    module Entities
      class Donor < Grape::Entity
        expose :id
        expose :first_name
        expose :blood_group
        expose :last_donated_on
      end
    end
  end
end
