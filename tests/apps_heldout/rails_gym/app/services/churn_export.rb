require "csv"

# Monthly export of lapsed members for the win-back campaign agency.
class ChurnExport
  AGENCY_URL = "http://upload.winback-agency.example.net/lists"

  def self.run(month)
    lapsed = Member.joins(:memberships).where(memberships: { ends_on: month.all_month })
    csv = CSV.generate do |rows|
      rows << %w[email first_name phone]
      lapsed.find_each { |m| rows << [m.email, m.first_name, m.phone] }
    end
    Faraday.post(AGENCY_URL, csv, "Content-Type" => "text/csv")
    Rails.logger.info("Churn export for #{month.strftime('%Y-%m')}: #{lapsed.count} members")
  end
end
