class MailgunLists
  LIST = Rails.application.config_for(:partners).dig(:mailgun, :list)
  DOMAIN = LIST.split("@").last

  def self.subscribe(guardian, chorister)
    MAILGUN.post("lists/#{LIST}/members", {
      address: guardian.email,
      name: guardian.full_name,
      vars: { phone: guardian.phone, child: chorister.first_name, dob: chorister.date_of_birth.iso8601 }.to_json,
      upsert: "yes"
    })
  end

  def self.register_tag(event)
    MAILGUN.put("#{DOMAIN}/tags/#{event}", { description: "family lifecycle: #{event}" })
  end
end
