# frozen_string_literal: true

require "csv"
require "fileutils"

module Services
  # Monthly card account-updater exchange with the acquirer: we send the cards on file, they send back
  # new expiry dates for reissued cards.
  class AccountUpdater
    include SemanticLogger::Loggable

    OUTBOX = ENV.fetch("AU_OUTBOX", "/srv/storeit/account_updater/outbox")

    def initialize(db: DB)
      @db = db
    end

    def export(period)
      FileUtils.mkdir_p(OUTBOX)
      path = File.join(OUTBOX, "au-request-#{period}.csv")
      CSV.open(path, "w") do |csv|
        csv << %w[merchant_ref account_number exp_month exp_year]
        @db[:autopay_cards].select(:id, :acct_number, :exp_month, :exp_year).each do |row|
          csv << [row[:id], row[:acct_number], row[:exp_month], row[:exp_year]]
        end
      end
      logger.info("account updater request written", path: path, period: period)
      path
    end

    def summary_report(period)
      path = File.join(OUTBOX, "au-summary-#{period}.txt")
      lines = @db[:autopay_cards].select(:id, :card_brand, :last_four).map do |row|
        format("%<id>6d  %<brand>-10s  **** **** **** %<last>s", id: row[:id], brand: row[:card_brand], last: row[:last_four])
      end
      File.write(path, lines.join("\n"))
      path
    end

    def apply_response(file)
      CSV.foreach(file, headers: true) do |row|
        updated = @db[:autopay_cards].where(id: row["merchant_ref"].to_i)
                                     .update(exp_month: row["new_exp_month"].to_i, exp_year: row["new_exp_year"].to_i)
        logger.info("expiry refreshed", card_id: row["merchant_ref"], updated: updated)
      end
    end
  end
end
