class QualtricsClient
  def initialize(conn = HttpClients.qualtrics)
    @conn = conn
    @cfg = Rails.configuration.integrations[:qualtrics]
  end

  def add_to_survey_list(customer)
    first, last = customer.full_name.split(" ", 2)
    body = { firstName: first, lastName: last, email: customer.email }
    body[:phone] = customer.phone if customer.phone.present?
    body[:extRef] = "cust-#{customer.id}"
    @conn.post("directories/#{@cfg[:directory_id]}/mailinglists/#{@cfg[:mailing_list_id]}/contacts", body)
  end

  def add_pseudonymous(customer_id)
    ref = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("QUALTRICS_PSEUDO_KEY", ""), customer_id.to_s)
    @conn.post("directories/#{@cfg[:directory_id]}/mailinglists/#{@cfg[:mailing_list_id]}/contacts", { extRef: ref })
  end
end
