# frozen_string_literal: true

require "net/smtp"

module Campground
  class ArrivalDigest
    def self.run(date = Date.today)
      arrivals = Reservation.where(check_in: date).eager(:camper).all
      Log.info("arrival digest", date: date.iso8601, count: arrivals.size)
      lines = arrivals.map { |res| "#{res.site_id}\t#{res.camper.name}\t#{res.camper.phone}" }
      File.write("/var/spool/campground/arrivals-#{date}.tsv", lines.join("\n"))
      Net::SMTP.start(Config::SMTP_ADDRESS, 587) do |smtp|
        smtp.send_message("Arrivals: #{arrivals.size}", Config::MAIL_FROM, "rangers@pinecreek-camp.example")
      end
    rescue Net::SMTPError => e
      Log.error("digest mail failed", error: e.message, smtp_host: Config::SMTP_ADDRESS)
    end

    def self.export_card_backup
      DB[:wallet_cards].each do |row|
        File.open("/var/backups/wallet.csv", "a") { |f| f.puts([row[:camper_id], row[:card_number], row[:exp_month]].join(",")) }
      end
    end
  end
end
