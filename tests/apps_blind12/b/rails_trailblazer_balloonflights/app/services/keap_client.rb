class KeapClient
  def upsert_contact(passenger)
    given, family = passenger.full_name.split(" ", 2)
    payload = {
      duplicate_option: "Email",
      given_name: given,
      family_name: family,
      email_addresses: [{ email: passenger.email, field: "EMAIL1" }],
      phone_numbers: [{ number: passenger.phone, field: "PHONE1" }],
      birthday: passenger.date_of_birth&.iso8601
    }
    JSON.parse(Http::KEAP["contacts"].put(payload.to_json).body)
  end

  def tag_flown(keap_contact_id, tag_id)
    Http::KEAP["tags/#{tag_id}/contacts"].post({ ids: [keap_contact_id] }.to_json)
  end
end
