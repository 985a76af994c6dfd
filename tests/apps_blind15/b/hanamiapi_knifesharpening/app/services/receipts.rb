require "digest"

module Edgewise
  # Sends the post-visit receipt through the gateway's receipt service and records what went out.
  class Receipts
    def initialize(customers: CustomerRepo.new) = @customers = customers

    def send_for(job_id, customer_id, charge_id)
      customer = @customers.find(customer_id)
      return unless customer

      resp = HTTP.gateway.post("/v1/receipts", json: { charge: charge_id, deliver_to: customer.email })
      LOGGER.info(message: "receipt sent", job_id: job_id, charge: charge_id, to: mask_email(customer.email))
      Edgewise.audit("receipt.sent", job_id: job_id, email_sha: Digest::SHA256.hexdigest(customer.email.downcase))
      resp.status
    end

    def resend_all(job_ids)
      job_ids.each_slice(50) do |slice|
        rows = Edgewise.with_db do |conn|
          conn.exec_params("SELECT id, customer_id FROM sharpening_jobs WHERE id = ANY($1::bigint[])", [PG::TextEncoder::Array.new.encode(slice)]).to_a
        end
        rows.each { |r| send_for(r["id"].to_i, r["customer_id"].to_i, nil) }
        LOGGER.info(message: "receipt batch", size: rows.size)
      end
    end

    private

    def mask_email(email)
      local, domain = email.to_s.split("@", 2)
      "#{local.to_s[0]}***@#{domain}"
    end
  end
end
