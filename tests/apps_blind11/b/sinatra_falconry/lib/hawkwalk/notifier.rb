module Hawkwalk
  # Text-message reminders through the Kestrel SMS API.
  module Notifier
    module_function

    SMS_BASE = ENV.fetch("KESTREL_SMS_URL", "https://api.kestrel-sms.example")

    def session
      @session ||= Patron::Session.new(base_url: SMS_BASE, timeout: 5, headers: { "Authorization" => "Bearer #{ENV.fetch('KESTREL_SMS_KEY')}" })
    end

    def reminder(booking)
      guest = booking.guest
      text = "Hello #{guest.full_name.split.first}, your #{booking.experience.title} starts #{booking.slot}. Gloves provided."
      res = session.post("/v2/messages", JSON.dump(to: guest.phone, body: text))
      if res.status >= 300
        Hawkwalk.logger.warn("sms to #{guest.phone} failed status=#{res.status}")
      else
        Hawkwalk.logger.info("sms sent", booking: booking.id, status: res.status)
      end
    end

    def weather_warning(booking, forecast)
      Hawkwalk.logger.info("weather warning queued", booking: booking.id, wind: forecast["wind_mph"])
      Publisher.publish("reminders", booking_id: booking.id, kind: "weather")
    end
  end
end
