# frozen_string_literal: true

module BloodDrive
  module API
    # Session staff tools: deferrals and site management. Audit lines carry ids only.
    class Staff < Grape::API
      helpers do
        def audit
          @audit ||= Logger.new(ENV.fetch('AUDIT_LOG', 'log/audit.log'), 'weekly')
        end

        def staff_member!
          token = headers['X-Staff-Token']
          error!('forbidden', 403) unless token && ActiveSupport::SecurityUtils.secure_compare(token, ENV.fetch('STAFF_TOKEN', ''))
          headers['X-Staff-Id'] || 'unknown'
        end
      end

      namespace :staff do
        params do
          requires :appointment_id, type: Integer
          requires :reason, type: String, values: %w[low_haemoglobin travel medication other]
          optional :weeks, type: Integer, default: 4
        end
        post :deferrals do
          staff_id = staff_member!
          appt = Appointment.find(params[:appointment_id])
          appt.update!(status: :deferred)
          appt.donor.update!(last_donated_on: Date.today - 12.weeks + params[:weeks].weeks)
          audit.info("deferral appointment=#{appt.id} donor_id=#{appt.donor_id} reason=#{params[:reason]} by=#{staff_id}")
          { ok: true }
        end

        params do
          requires :name, type: String
          requires :address, type: String
          optional :wifi_mac_address, type: String
        end
        post :sites do
          staff_id = staff_member!
          site = Site.create!(declared(params, include_missing: false))
          audit.info("site created id=#{site.id} name=#{site.name} address=#{site.address} by=#{staff_id}")
          present site
        end

        get 'donors/:id' do
          staff_member!
          donor = Donor.find(params[:id])
          logger.info("staff viewed donor_id=#{donor.id}")
          { id: donor.id, name: donor.display_name, blood_group: donor.blood_group,
            last_donated_on: donor.last_donated_on }
        end
      end
    end
  end
end
