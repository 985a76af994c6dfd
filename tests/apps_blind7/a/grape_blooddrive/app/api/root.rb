# frozen_string_literal: true

module BloodDrive
  module API
    class Root < Grape::API
      format :json
      prefix :api

      helpers do
        def logger
          BloodDrive.logger
        end

        def current_donor
          @current_donor ||= Donor.find_by(api_token: headers['X-Donor-Token'])
        end

        def authenticate!
          error!('unauthorised', 401) unless current_donor
        end
      end

      rescue_from ActiveRecord::RecordNotFound do |e|
        BloodDrive.logger.info("not found: #{e.model} id=#{e.id}")
        error!({ error: 'not_found' }, 404)
      end

      rescue_from ActiveRecord::RecordInvalid do |e|
        error!({ error: 'invalid', fields: e.record.errors.attribute_names }, 422)
      end

      get :health do
        { ok: true, db: ActiveRecord::Base.connection.active?, lab_feed: LabFeed.new.reachable? }
      end

      mount Donors
      mount Appointments
      mount Gifts
      mount Staff
    end
  end
end
