require "digest"
require_relative "../http"

module GambitClub
  module Encharge
    URL = Settings.dig(:encharge, :base_url)
    TOKEN = ENV.fetch("ENCHARGE_WRITE_KEY", "")

    module_function

    def identify(member)
      user = { userId: member.id, email: member.email }
      user[:firstName], user[:lastName] = member.name.split(" ", 2)
      user[:phone] = member.phone
      Http.post_json(Http.encharge, URL, { name: "Registered", user: user }, "X-Encharge-Token" => TOKEN)
    end

    def lesson_booked(member_id, level)
      Http.post_json(Http.encharge, URL, { name: "Lesson booked", user: { userId: member_id },
                                           properties: { level: level } }, "X-Encharge-Token" => TOKEN)
    end

    def lesson_booked_by_email(email, level)
      Http.post_json(Http.encharge, URL, { name: "Lesson booked",
                                           user: { userId: Digest::SHA256.hexdigest(email.strip.downcase) },
                                           properties: { level: level } }, "X-Encharge-Token" => TOKEN)
    end
  end
end
