require "digest"

module Hawkwalk
  module Vendors
    module_function

    def identify(guest)
      HTTP.gainsight.post("/v1/users", JSON.dump(
        identifyId: guest.ref,
        email: guest.email,
        firstName: guest.full_name.split.first,
        lastName: guest.full_name.split.last,
        customAttributes: { dob: guest.date_of_birth }
      ))
    end

    def booked(guest_id, bird)
      HTTP.gainsight.post("/v1/events/custom", JSON.dump(identifyId: "guest-#{guest_id}", eventName: "experience_booked", attributes: { bird: bird }))
    end

    def page_view(guest_id, path)
      HTTP.gainsight.post("/v1/events/pageview", JSON.dump(identifyId: "guest-#{guest_id}", url: path))
    end

    def userpilot_identify(guest)
      HTTP.userpilot.post("/v1/identify", JSON.dump(user_id: Digest::SHA256.hexdigest(guest.email.downcase), metadata: { gauntlet: guest.gauntlet_size }))
    end

    def userpilot_profile(guest)
      HTTP.userpilot.post("/v1/identify", JSON.dump(user_id: guest.ref, metadata: { name: guest.full_name, email: guest.email, phone: guest.phone }))
    end
  end
end
