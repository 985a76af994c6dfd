# frozen_string_literal: true

module BloodDrive
  module API
    class Appointments < Grape::API
      resource :appointments do
        before { authenticate! }

        params do
          requires :site_id, type: Integer
          requires :slot_at, type: DateTime
        end
        post do
          site = Site.find(params[:site_id])
          appt = current_donor.appointments.create!(session_site: site, slot_at: params[:slot_at],
                                                    donation_ref: "DN#{SecureRandom.alphanumeric(8).upcase}")
          logger.info("appointment booked id=#{appt.id} site=#{site.name} slot=#{appt.slot_at.iso8601} donor_id=#{current_donor.id}")
          { id: appt.id, donation_ref: appt.donation_ref, site: site.name, address: site.address }
        end

        route_param :id do
          post :attended do
            appt = Appointment.find(params[:id])
            appt.update!(status: :attended, attended_at: Time.now.utc)
            appt.donor.update!(last_donated_on: Date.today)
            LabFeed.new.push(appt)
            Engagement.new.track_donation(appt)
            logger.info("attended appointment=#{appt.id} donor=#{appt.donor.inspect}")
            { ok: true }
          end

          delete do
            appt = current_donor.appointments.find(params[:id])
            appt.destroy!
            logger.info("appointment #{appt.id} cancelled by donor #{current_donor.id} from #{request.ip}")
            status 204
          end
        end
      end
    end
  end
end
