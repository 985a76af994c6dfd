# Checks the handset against the stolen-device register before a repair is booked in.
class ImeiLedger
  def initialize(conn = PartnerClients.imei_ledger)
    @conn = conn
  end

  def check(imei:, customer:)
    @conn.post("checks", {
      imei: imei,
      declared_owner: { name: customer.full_name, phone: customer.phone, address: customer.postal_address }
    }).body
  end
end
