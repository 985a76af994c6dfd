namespace :export do
  desc "Customers with devices uncollected for 90 days (for the disposal letter run)"
  task uncollected: :environment do
    cutoff = 90.days.ago
    tickets = RepairTicket.repaired.where(updated_at: ..cutoff).includes(:customer)
    CSV.open(Rails.root.join("tmp/uncollected-#{Date.current}.csv"), "w") do |csv|
      csv << %w[ticket_id customer_id device]
      tickets.each do |ticket|
        puts "uncollected: #{ticket.customer.full_name}, #{ticket.customer.postal_address} - #{ticket.device_model}"
        csv << [ticket.id, ticket.customer_id, ticket.device_model]
      end
    end
    puts "#{tickets.size} uncollected tickets exported"
  end
end
