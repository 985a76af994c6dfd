class BitrixSync
  def upsert_contact(patron)
    first, last = patron.full_name.split(" ", 2)
    fields = {
      NAME: first,
      LAST_NAME: last,
      EMAIL: [{ VALUE: patron.email, VALUE_TYPE: "HOME" }],
      PHONE: [{ VALUE: patron.phone, VALUE_TYPE: "MOBILE" }],
      ADDRESS_POSTAL_CODE: patron.postcode,
      SOURCE_ID: "WEB"
    }
    fields[:BIRTHDATE] = patron.child_birthday&.iso8601
    HttpJsonClient[:bitrix].post("crm.contact.add.json", { fields: fields, params: { REGISTER_SONET_EVENT: "N" } })
  end

  def add_deal(booking)
    HttpJsonClient[:bitrix].post("crm.deal.add.json", {
      fields: { TITLE: "Party PB-#{booking.id}", ORIGIN_ID: "patron-#{booking.patron_id}", OPPORTUNITY: booking.deposit_pence / 100.0, CURRENCY_ID: "GBP" }
    })
  end
end
