module Appointments
  class Book
    class SlotTaken < StandardError; end

    def initialize(patient:, store_code:, starts_at:, kind:)
      @patient = patient
      @store_code = store_code
      @starts_at = starts_at
      @kind = kind
    end

    def call
      appointment = Appointment.transaction do
        if Appointment.booked.exists?(store_code: @store_code, starts_at: @starts_at)
          raise SlotTaken, "#{@store_code} #{@starts_at.strftime('%d/%m %H:%M')} already booked; " \
                           "could not book #{@patient.full_name} (DOB #{@patient.date_of_birth}, tel #{@patient.phone})"
        end

        @patient.appointments.create!(store_code: @store_code, starts_at: @starts_at, kind: @kind)
      end
      ActiveSupport::Notifications.instrument("appointment.booked", appointment: appointment, patient: @patient)
      MIXPANEL.track(@patient.id.to_s, "Appointment Booked", { "kind" => @kind, "store" => @store_code })
      appointment
    end
  end
end
