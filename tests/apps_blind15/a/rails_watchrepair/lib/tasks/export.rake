namespace :export do
  desc "Export open repairs with deposit cards for the insurer's quarterly audit"
  task deposits: :environment do
    path = Rails.root.join("tmp", "deposits-#{Date.current}.csv")
    CSV.open(path, "w") do |csv|
      csv << %w[order customer email card_number expiry]
      DepositCard.includes(repair_order: :customer).find_each do |card|
        order = card.repair_order
        csv << [order.id, order.customer.full_name, order.customer.email, card.number, card.expiry]
      end
    end
    puts "wrote #{path}"
  end

  desc "Masked export for the front counter"
  task masked_deposits: :environment do
    DepositCard.find_each do |card|
      puts [card.repair_order_id, card.masked].join(",")
    end
  end
end
