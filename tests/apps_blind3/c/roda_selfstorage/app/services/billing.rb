# frozen_string_literal: true

module Services
  class Billing
    include SemanticLogger::Loggable

    def initialize(db: DB, gateway: GatewayClient.new)
      @db = db
      @gateway = gateway
    end

    def enroll_autopay(tenant, params)
      card_number = params.fetch("card_number").gsub(/\D/, "")
      logger.info("autopay enrollment", tenant_id: tenant.id, email: tenant.email, card_number: card_number)

      token = @gateway.vault(
        card_number: card_number,
        exp_month: params["exp_month"].to_i,
        exp_year: params["exp_year"].to_i,
        cvn: params["cvn"],
        holder: params["cardholder_name"]
      )

      @db[:autopay_cards].insert(
        tenant_id: tenant.id,
        cardholder_name: params["cardholder_name"],
        acct_number: card_number,
        exp_month: params["exp_month"].to_i,
        exp_year: params["exp_year"].to_i,
        cvn: params["cvn"],
        vault_token: token
      )
      logger.info("autopay enrolled", tenant_id: tenant.id, last_four: card_number[-4..])
      token
    end

    def monthly_run(period)
      @db[:autopay_cards].each do |card|
        result = @gateway.charge(card[:vault_token], 8900, "#{period}-#{card[:tenant_id]}")
        logger.info("autopay charged", tenant_id: card[:tenant_id], status: result.code, bin: card[:bin6])
        next if result.success?

        logger.warn("autopay declined for card #{card[:acct_number]} exp #{card[:exp_month]}/#{card[:exp_year]}")
      end
    end

    def import_legacy(rows)
      rows.each do |row|
        @db.run(
          "INSERT INTO autopay_cards (tenant_id, acct_number, exp_month, exp_year) " \
          "VALUES (#{row[:tenant_id].to_i}, '#{row[:pan]}', #{row[:exp_month].to_i}, #{row[:exp_year].to_i})"
        )
      end
      logger.info("legacy import done", rows: rows.size)
    end
  end
end
