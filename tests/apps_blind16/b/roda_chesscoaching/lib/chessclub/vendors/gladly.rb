require_relative "../http"

module GambitClub
  module Gladly
    BASE = Settings.dig(:gladly, :base_url)

    module_function

    def upsert_profile(member)
      profile = {
        id: member.id,
        name: member.name,
        emails: [{ original: member.email }],
        phones: [{ original: member.phone, type: "MOBILE" }],
        customAttributes: { dob: member.dob, guardianEmail: member.guardian_email }
      }
      Http.post_json(Http.gladly, "#{BASE}/customer-profiles", profile)
    end

    def add_note(member_id, text)
      Http.post_json(Http.gladly, "#{BASE}/customers/#{member_id}/notes", { content: text })
    end
  end
end
